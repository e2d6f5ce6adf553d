/**
 * P3: searching by NIR through the blind index against a plaintext column.
 */
package org.passerelle.bench.search;
