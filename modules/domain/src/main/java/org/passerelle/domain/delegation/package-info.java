/**
 * Delegations inside a CCAS (S6): an agent's colleague stands in on the agent's dossiers for a
 * period, journaled as delegated rather than as break-glass.
 */
package org.passerelle.domain.delegation;
