/**
 * Usagers: the people a CCAS supports. Identity and contact values are ciphertexts; the NIR and
 * name + birth date are also kept as blind indexes for equality search within the organisation.
 */
package org.passerelle.domain.person;
