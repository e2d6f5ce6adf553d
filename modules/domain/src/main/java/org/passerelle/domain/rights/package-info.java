/**
 * The DPO's register of rights requests and complaints (GDPR art. 12, 15-21): the request, its
 * one-month deadline and extension, its answer. Codes, dates and ids only: no free text.
 */
package org.passerelle.domain.rights;
