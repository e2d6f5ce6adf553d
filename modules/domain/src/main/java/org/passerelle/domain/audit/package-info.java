/**
 * Who changed what: every change to an audited entity is an Envers revision carrying the acting
 * user, their organisation and the request id ({@link org.passerelle.domain.audit.ActorContext}),
 * or a named system actor for background work. History rows hold ciphertext like the live rows.
 */
package org.passerelle.domain.audit;
