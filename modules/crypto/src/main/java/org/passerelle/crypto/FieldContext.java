package org.passerelle.crypto;

/**
 * Where an encrypted value lives, bound into its ciphertext as GCM associated data: a ciphertext
 * decrypts only with the context it was encrypted with, so one copied to another row, column, table
 * or organisation, or presented with another key version, fails.
 *
 * <p>{@code keyVersion} is the version recorded on the row (all encrypted columns of a row share
 * one): encryption uses that data key, so updating one field of a row not yet rotated keeps the row
 * on a single version; a new row takes {@link KeyRing#primaryVersion(String)}.
 *
 * @param owner      the organisation code whose data key encrypts the value, e.g. {@code ccas-saumur}
 * @param table      the table name, e.g. {@code person}
 * @param column     the column name, e.g. {@code nir}
 * @param rowId      the row's primary key as stable text ({@code UUID.toString()}, {@code Long.toString()})
 * @param keyVersion the data key version, from 1
 */
public record FieldContext(String owner, String table, String column, String rowId, int keyVersion) {

    public FieldContext {
        Require.owner(owner);
        Require.text(table, "table");
        Require.text(column, "column");
        Require.text(rowId, "rowId");
        Require.version(keyVersion);
    }

    /** The same place under another key version, for rotation. */
    public FieldContext withKeyVersion(int newKeyVersion) {
        return new FieldContext(owner, table, column, rowId, newKeyVersion);
    }

    /** {@code table.column}, for messages. */
    String field() {
        return table + "." + column;
    }
}
