package org.passerelle.domain.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.passerelle.domain.protection.SealedColumn;
import org.passerelle.domain.protection.SealedRecord;
import org.passerelle.domain.protection.SealedRowStore;

/**
 * Sealed rows through plain SQL, table by table, from the {@link SealedColumn} catalogue: each live
 * table and its Envers history table ({@code <table>_aud}, keyed by id and revision). Rows are
 * locked with {@code FOR UPDATE SKIP LOCKED}, so rotation passes over rows users are writing and
 * comes back to them.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class SqlSealedRowStore implements SealedRowStore {

    private static final Map<String, List<String>> COLUMNS_BY_TABLE = Arrays.stream(SealedColumn.values())
            .collect(Collectors.groupingBy(
                    SealedColumn::table,
                    LinkedHashMap::new,
                    Collectors.mapping(SealedColumn::column, Collectors.toList())));

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    @Override
    public long countBelow(String owner, int version) {
        long count = 0;
        for (String table : COLUMNS_BY_TABLE.keySet()) {
            for (String storedIn : List.of(table, table + "_aud")) {
                count += ((Number) em.createNativeQuery("select count(*) from " + storedIn
                                        + " where organisation_code = ?1 and key_version < ?2")
                                .setParameter(1, owner)
                                .setParameter(2, version)
                                .getSingleResult())
                        .longValue();
            }
        }
        return count;
    }

    @Override
    public List<SealedRecord> lockBatchBelow(String owner, int version, int limit) {
        for (Map.Entry<String, List<String>> entry : COLUMNS_BY_TABLE.entrySet()) {
            for (boolean history : new boolean[] {false, true}) {
                List<SealedRecord> batch = lock(entry.getKey(), history, entry.getValue(), owner, version, limit);
                if (!batch.isEmpty()) {
                    return batch;
                }
            }
        }
        return List.of();
    }

    @Override
    public void rewrite(SealedRecord record, Map<String, byte[]> columns, int newVersion) {
        String assignments = columns.keySet().stream().map(c -> c + " = ?").collect(Collectors.joining(", "));
        boolean history = record.key().length == 2;
        Query update = em.createNativeQuery("update " + record.storedIn() + " set "
                + (assignments.isEmpty() ? "" : assignments + ", ") + "key_version = ? where id = ?"
                + (history ? " and rev = ?" : ""));
        int position = 1;
        for (byte[] ciphertext : columns.values()) {
            update.setParameter(position++, ciphertext);
        }
        update.setParameter(position++, newVersion);
        for (Object key : record.key()) {
            update.setParameter(position++, key);
        }
        update.executeUpdate();
    }

    private List<SealedRecord> lock(
            String table, boolean history, List<String> columns, String owner, int version, int limit) {
        String storedIn = history ? table + "_aud" : table;
        String key = history ? "id, rev" : "id";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + key + ", key_version, " + String.join(", ", columns)
                        + " from " + storedIn + " where organisation_code = ?1 and key_version < ?2"
                        // In the order of the rotation indexes (V13): each batch starts where the last one ended.
                        + " order by key_version, " + key + " limit ?3 for update skip locked")
                .setParameter(1, owner)
                .setParameter(2, version)
                .setParameter(3, limit)
                .getResultList();
        int keyColumns = history ? 2 : 1;
        List<SealedRecord> records = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Map<String, byte[]> values = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                byte[] value = (byte[]) row[keyColumns + 1 + i];
                if (value != null) {
                    values.put(columns.get(i), value);
                }
            }
            records.add(new SealedRecord(
                    table,
                    storedIn,
                    Arrays.copyOf(row, keyColumns),
                    row[0].toString(),
                    ((Number) row[keyColumns]).intValue(),
                    values));
        }
        return records;
    }
}
