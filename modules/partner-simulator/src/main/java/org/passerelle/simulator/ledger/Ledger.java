package org.passerelle.simulator.ledger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.passerelle.simulator.document.Json;

/**
 * Every arrival, in memory and appended to {@code DATA/ledger.jsonl} so that tests and the demo can ask,
 * even after a restart of the simulator, what each partner received and whether it was applied once.
 */
public final class Ledger {

    private static final ObjectReader ENTRY_READER =
            Json.MAPPER.readerFor(LedgerEntry.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path file;
    private final List<LedgerEntry> entries = new ArrayList<>();
    private final Set<String> effects = new HashSet<>();
    private long lastSeq;

    private Ledger(Path file) {
        this.file = file;
    }

    public static Ledger open(Path file) {
        Ledger ledger = new Ledger(file);
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        ledger.remember(ENTRY_READER.readValue(line));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ledger " + file, e);
        }
        return ledger;
    }

    public synchronized LedgerEntry record(Arrival arrival) {
        LedgerEntry entry = new LedgerEntry(
                lastSeq + 1,
                arrival.partner().code(),
                arrival.channel().name(),
                arrival.messageId(),
                arrival.kind(),
                arrival.referralId(),
                arrival.fieldKeys() == null ? List.of() : arrival.fieldKeys(),
                arrival.document(),
                Instant.now().toString(),
                arrival.signatureValid(),
                arrival.messageId() != null
                        && effects.contains(arrival.partner().code() + " " + arrival.messageId()),
                arrival.rejectedBecause());
        try (BufferedWriter out = Files.newBufferedWriter(
                file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            out.write(Json.text(entry));
            out.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the ledger " + file, e);
        }
        remember(entry);
        return entry;
    }

    public synchronized List<LedgerEntry> entries(Optional<String> partner) {
        return entries.stream()
                .filter(e -> partner.map(e.partner()::equals).orElse(true))
                .toList();
    }

    /** Forgets everything, effects included: a message seen before counts as new afterwards. */
    public synchronized void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the ledger " + file, e);
        }
        entries.clear();
        effects.clear();
    }

    private void remember(LedgerEntry entry) {
        entries.add(entry);
        lastSeq = Math.max(lastSeq, entry.seq());
        if (entry.effect()) {
            effects.add(entry.effectKey());
        }
    }
}
