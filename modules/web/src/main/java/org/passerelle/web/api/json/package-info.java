/** How the API reads and writes JSON: strict on input (unknown fields refused), no nulls on output. */
package org.passerelle.web.api.json;
