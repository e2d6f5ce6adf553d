/**
 * The stack's data for P1, P4 and P6, written straight into the database as the application stores
 * it (the real ciphers and blind indexes), and the interface of a measurement on the running stack.
 */
package org.passerelle.bench.seed;
