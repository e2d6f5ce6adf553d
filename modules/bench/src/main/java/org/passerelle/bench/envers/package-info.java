/**
 * P5: what Envers adds to a write of the domain's audited entity.
 */
package org.passerelle.bench.envers;
