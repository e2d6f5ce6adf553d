/**
 * Dossiers (case files) and their notes. A dossier belongs to one CCAS and one usager; its
 * référent and team decide who inside the CCAS may read it (rule S6). Situation fields and note
 * bodies are ciphertexts.
 */
package org.passerelle.domain.casefile;
