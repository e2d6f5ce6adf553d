/**
 * How personal values sit in the database: every field of the catalogue
 * ({@link org.passerelle.secrecy.Field}) is a ciphertext column of a {@link org.passerelle.domain.protection.SealedRow},
 * bound to its table, column, row id and the row's key version ({@link org.passerelle.domain.protection.SealedColumn}).
 * Entities never hold plaintext: the application seals and opens values, and only those the
 * policy lets the caller see. Data keys are stored wrapped ({@link org.passerelle.domain.protection.DataKeyRepository}).
 */
package org.passerelle.domain.protection;
