/**
 * Micro-benchmarks of the crypto module (JMH) against raw ciphers, and throwaway keys made through
 * the crypto module as the application makes them.
 */
package org.passerelle.bench.crypto;
