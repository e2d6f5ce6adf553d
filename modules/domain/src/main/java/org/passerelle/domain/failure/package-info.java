/**
 * The generic failures every use case may report, whatever the aggregate: no such thing (or none
 * the caller's organisation holds), an input that breaks its grammar, an edit of an older version.
 * Unchecked and free of HTTP: the web layer maps each to its problem type once.
 */
package org.passerelle.domain.failure;
