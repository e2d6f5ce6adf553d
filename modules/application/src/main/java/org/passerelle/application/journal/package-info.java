/**
 * The access journal as the use cases write it (S11): one entry per access to personal data, in
 * the access's own transaction, refusals in their own; the sealer that chains and signs it; the
 * auditor's search, export and integrity check; and the alerts raised on unusual accesses (S12).
 */
package org.passerelle.application.journal;
