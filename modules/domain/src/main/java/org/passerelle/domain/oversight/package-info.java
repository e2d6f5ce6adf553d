/**
 * What the DPO oversees besides the journal itself: break-glass accesses (S6) and the alerts
 * raised on unusual accesses (S12), with their review.
 */
package org.passerelle.domain.oversight;
