/**
 * P6: a key rotation online, with reads running.
 */
package org.passerelle.bench.rotation;
