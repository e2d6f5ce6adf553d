/**
 * P1: the secured dossier read against a plaintext read, and JFR profiles of the server.
 */
package org.passerelle.bench.read;
