/**
 * Organisations: the CCAS that hold dossiers and the partners (CAF, CPAM, Département) they refer to.
 * An organisation is identified by the stable code that Keycloak puts in the {@code organisation}
 * claim of its users' tokens.
 */
package org.passerelle.domain.organisation;
