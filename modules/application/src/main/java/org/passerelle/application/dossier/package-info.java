/**
 * Use cases on usagers and dossiers for CCAS staff: register, find, read, update, open, assign,
 * close, notes. Every use case asks the secrecy policy first (S6, S8, S15) and opens only the
 * fields the decision lets the caller see; the others are never decrypted.
 */
package org.passerelle.application.dossier;
