/**
 * Field protection at run time: the master key (outside the database), the organisations' data
 * keys (wrapped in the database), sealing and opening values of {@link org.passerelle.domain.protection.SealedRow}s,
 * and the blind indexes used for search.
 */
package org.passerelle.application.protection;
