/**
 * Dossiers (case files) and their notes. A dossier belongs to one CCAS and one usager; its
 * référent and team decide who inside the CCAS may read it (rule S6). Situation fields and note
 * bodies are ciphertexts. The DPO may restrict a dossier (GDPR art. 18, S15): then nobody else
 * reads it until the DPO lifts the restriction.
 */
package org.passerelle.domain.casefile;
