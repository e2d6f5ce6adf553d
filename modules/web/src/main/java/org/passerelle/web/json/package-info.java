/**
 * How the API reads and writes JSON: strict on input (unknown fields refused, every string safe
 * text: no control character but tab and line breaks, no unpaired surrogate), no nulls on output.
 * Apart from {@code api} because the pages export the API's JSON too (an access report), and
 * {@code api} and {@code ui} must not depend on each other both ways.
 */
package org.passerelle.web.json;
