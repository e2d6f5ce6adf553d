package org.passerelle.demo;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.passerelle.testing.people.Ccas;
import org.passerelle.testing.people.Usager;

/**
 * What a seeding run did, in counts only: the summary line is printed and logged, so it never holds
 * a name, a NIR or any other personal value.
 */
public final class SeedingReport {

    private final Map<Ccas, Integer> created = new EnumMap<>(Ccas.class);
    private final Map<Ccas, Integer> alreadyThere = new EnumMap<>(Ccas.class);
    private int dossiers;
    private int closed;
    private int situationUpdates;
    private int internalNotes;
    private int shareableNotes;
    private int notices;
    private int consents;
    private int withdrawn;

    void created(Ccas ccas) {
        created.merge(ccas, 1, Integer::sum);
    }

    void alreadyThere(Ccas ccas) {
        alreadyThere.merge(ccas, 1, Integer::sum);
    }

    void dossier(boolean closedToo) {
        dossiers++;
        closed += closedToo ? 1 : 0;
    }

    void situationUpdate() {
        situationUpdates++;
    }

    void note(Usager.NoteType type) {
        if (type == Usager.NoteType.INTERNE) {
            internalNotes++;
        } else {
            shareableNotes++;
        }
    }

    void notice() {
        notices++;
    }

    void consent(boolean withdrawnToo) {
        consents++;
        withdrawn += withdrawnToo ? 1 : 0;
    }

    /** Usagers registered by this run, in every CCAS. */
    public int usagersCreated() {
        return created.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Usagers this run found already registered (by name and birth date) and left alone. */
    public int usagersAlreadyThere() {
        return alreadyThere.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Whether every demo usager was there before this run, so that it created nothing. */
    public boolean alreadySeeded() {
        return usagersCreated() == 0 && usagersAlreadyThere() > 0;
    }

    /** Demo usagers of the CCAS after this run, created now or before. */
    public int usagers(Ccas ccas) {
        return created.getOrDefault(ccas, 0) + alreadyThere.getOrDefault(ccas, 0);
    }

    /**
     * One line. It starts with the usagers per CCAS, up to the first colon ({@code ./passerelle run}
     * shows that part), then says what this run did.
     */
    public String summary() {
        String perCcas = java.util.Arrays.stream(Ccas.values())
                .map(ccas -> usagers(ccas) + " usagers at " + ccas.code() + " (" + ccas.agent() + ")")
                .collect(Collectors.joining(", "));
        if (alreadySeeded()) {
            return perCcas + ": already seeded, nothing created.";
        }
        String done = "seeded " + usagersCreated() + " usagers"
                + (usagersAlreadyThere() > 0 ? " (" + usagersAlreadyThere() + " were already there)" : "")
                + ", " + dossiers + " dossiers (" + closed + " closed, " + situationUpdates + " situation updates), "
                + (internalNotes + shareableNotes) + " notes (" + internalNotes + " interne, " + shareableNotes
                + " partageable), " + notices + " prior notices, " + consents + " consents (" + withdrawn
                + " withdrawn).";
        return perCcas + ": " + done;
    }
}
