package org.passerelle.domain.protection;

import org.passerelle.secrecy.Field;

/**
 * A row whose personal values are ciphertexts. All sealed fields of a row share the row's key
 * version, so rotation moves a whole row at once.
 */
public interface SealedRow {

    /** The organisation whose data key seals this row. */
    String owner();

    /** The row's primary key as text, bound into each ciphertext. */
    String rowId();

    int keyVersion();

    /** The ciphertext of {@code field}, or {@code null}. */
    byte[] sealed(Field field);

    /** Stores a ciphertext made for this row, column and key version. */
    void seal(Field field, byte[] ciphertext);

    /** For a row that seals one field: refuses any other, naming the kind of row ("a note"). */
    static void requireOnly(Field sealed, Field asked, String row) {
        if (asked != sealed) {
            throw new IllegalArgumentException(asked.key() + " is not a field of " + row);
        }
    }
}
