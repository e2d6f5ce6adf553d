/**
 * How the API reads and writes JSON: strict on input (unknown fields refused, every string safe
 * text: no control character but tab and line breaks, no unpaired surrogate), no nulls on output.
 */
package org.passerelle.web.api.json;
