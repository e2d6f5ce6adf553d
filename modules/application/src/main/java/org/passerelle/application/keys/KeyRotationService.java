package org.passerelle.application.keys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.protection.FieldProtection;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.domain.failure.NotFoundException;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.organisation.OrganisationRepository;
import org.passerelle.domain.protection.KeyRotation;
import org.passerelle.domain.protection.KeyRotationRepository;
import org.passerelle.domain.protection.SealedColumn;
import org.passerelle.domain.protection.SealedRecord;
import org.passerelle.domain.protection.SealedRowStore;
import org.passerelle.secrecy.Role;

/** Use cases of data key rotation, and the batch step the background worker repeats. */
@ApplicationScoped
public class KeyRotationService {

    @Inject
    AccessGate gate;

    @Inject
    KeyRotationRepository rotations;

    @Inject
    SealedRowStore rows;

    @Inject
    FieldProtection protection;

    @Inject
    OrganisationRepository organisations;

    @Inject
    KeyRotationWorker worker;

    @Inject
    Clock clock;

    /** Makes a new key version primary for the organisation and starts re-encrypting its rows. */
    @Transactional
    public RotationView start(Caller caller, String organisation) {
        requireAdmin(caller);
        Organisation owner = organisations
                .find(String.valueOf(organisation))
                .filter(Organisation::isActive)
                .orElseThrow(() -> new InvalidInputException("organisation", "is not a known organisation"));
        if (rotations.running().stream().anyMatch(r -> r.owner().equals(owner.code()))) {
            throw new RotationRunningException();
        }
        int target = protection.addKeyVersion(owner.code());
        KeyRotation rotation = new KeyRotation(
                owner.code(), target, rows.countBelow(owner.code(), target), caller.username(), clock.instant());
        rotations.add(rotation);
        worker.wake();
        return view(rotation);
    }

    @Transactional
    public RotationView progress(Caller caller, UUID id) {
        requireAdmin(caller);
        return view(rotations.find(id).orElseThrow(() -> new NotFoundException("key rotation")));
    }

    @Transactional
    public List<RotationView> list(Caller caller) {
        requireAdmin(caller);
        return rotations.all().stream().map(KeyRotationService::view).toList();
    }

    /** The running rotations, for the worker. */
    @Transactional
    public List<UUID> running() {
        return rotations.running().stream().map(KeyRotation::id).toList();
    }

    /**
     * Re-encrypts one batch of the rotation's rows in a transaction of its own, so a crash loses
     * at most this batch (which then simply runs again). Returns whether there may be more to do.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean step(UUID id, int batchSize) {
        KeyRotation rotation = rotations.find(id).orElse(null);
        if (rotation == null || rotation.status() != KeyRotation.Status.RUNNING) {
            return false;
        }
        List<SealedRecord> batch = rows.lockBatchBelow(rotation.owner(), rotation.targetVersion(), batchSize);
        if (batch.isEmpty()) {
            // Nothing free to lock: done, unless users hold some rows right now (next tick).
            if (rows.countBelow(rotation.owner(), rotation.targetVersion()) == 0) {
                rotations.complete(id, clock.instant());
            }
            return false;
        }
        for (SealedRecord record : batch) {
            Map<String, byte[]> resealed = new LinkedHashMap<>();
            record.columns()
                    .forEach((column, ciphertext) -> resealed.put(
                            column,
                            protection.reencrypt(
                                    rotation.owner(),
                                    column(record.table(), column),
                                    record.rowId(),
                                    record.keyVersion(),
                                    ciphertext,
                                    rotation.targetVersion())));
            rows.rewrite(record, resealed, rotation.targetVersion());
        }
        rotations.advance(id, batch.size(), clock.instant());
        return true;
    }

    private static SealedColumn column(String table, String column) {
        for (SealedColumn sealed : SealedColumn.values()) {
            if (sealed.table().equals(table) && sealed.column().equals(column)) {
                return sealed;
            }
        }
        throw new IllegalStateException("No sealed column " + table + "." + column);
    }

    private void requireAdmin(Caller caller) {
        gate.requireRole(caller, JournalAction.UPDATE, Role.ADMIN);
    }

    private static RotationView view(KeyRotation r) {
        Instant end = r.completedAt() != null ? r.completedAt() : r.updatedAt();
        double seconds = Math.max(0.001, Duration.between(r.startedAt(), end).toMillis() / 1000.0);
        double rate = r.doneRows() / seconds;
        long left = Math.max(0, r.totalRows() - r.doneRows());
        Long eta = r.status() == KeyRotation.Status.COMPLETED ? null : rate > 0 ? Math.round(left / rate) : null;
        return new RotationView(
                r.id(),
                r.owner(),
                r.targetVersion(),
                r.status().name(),
                r.totalRows(),
                Math.min(r.doneRows(), r.totalRows()),
                Math.round(rate * 10) / 10.0,
                eta,
                r.requestedBy(),
                r.startedAt(),
                r.completedAt());
    }
}
