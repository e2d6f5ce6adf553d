package org.passerelle.bench.read;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.passerelle.bench.report.Report;

/** JDK Flight Recorder on the server under test ({@code --profile}), summarised into where its CPU went. */
final class Profiler {

    /** Parts of a request, by the packages or classes on the stack; first the application's. */
    static final Map<String, List<String>> PARTS = parts("""
            token check (Elytron OIDC): org.wildfly.security.http.oidc org.jose4j
            caller and request filters (web): org.passerelle.web.api.security
            usager read (PersonService, JPA): org.passerelle.application.dossier.PersonService.read
            access decision (DossierAccess, policy): org.passerelle.application.dossier.DossierAccess org.passerelle.secrecy
            decryption (FieldProtection, FieldCipher): org.passerelle.application.protection org.passerelle.crypto
            journal entry (AccessJournal): org.passerelle.application.journal
            plaintext read (baseline): org.passerelle.bench.baseline
            Hibernate ORM: org.hibernate
            PostgreSQL driver: org.postgresql
            connection pool (IronJacamar): org.jboss.jca
            transactions (Narayana): com.arjuna
            CDI (Weld): org.jboss.weld
            JSON (Jackson): com.fasterxml.jackson
            REST (RESTEasy): org.jboss.resteasy
            HTTP (Undertow): io.undertow""");

    /** One part a line: its name, a colon, its prefixes separated by spaces. */
    private static Map<String, List<String>> parts(String lines) {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        lines.lines().map(line -> line.split(": ", 2)).forEach(p -> parts.put(p[0], List.of(p[1].split(" "))));
        return parts;
    }

    private static final String RECORDING = "passerelle-bench";
    private static final int STACK_DEPTH = 1024;

    private final ProcessHandle jvm;
    private final Path file;

    private Profiler(ProcessHandle jvm, Path file) {
        this.jvm = jvm;
        this.file = file;
    }

    static Profiler start(ProcessHandle jvm, Path file) throws IOException, InterruptedException {
        Files.createDirectories(file.getParent());
        Profiler profiler = new Profiler(jvm, file);
        // WildFly's stacks are deep: at the default 64 frames the outer parts of a request would be cut off.
        // Only possible before the server's first recording (a second profile keeps this depth): may fail.
        profiler.jcmd(false, "JFR.configure", "stackdepth=" + STACK_DEPTH);
        profiler.jcmd(true, "JFR.start", "name=" + RECORDING, "settings=profile", "filename=" + file);
        return profiler;
    }

    /** Stops the recording and writes its summary to {@code summary}; returns the parts' shares. */
    Map<String, Double> stop(Path summary, String title) throws IOException, InterruptedException {
        jcmd(true, "JFR.stop", "name=" + RECORDING);
        return summarise(file, summary, title);
    }

    private void jcmd(boolean required, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(jvm.pid())));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean done = process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        if (required && !done) {
            throw new IOException("jcmd " + String.join(" ", command) + " failed: " + output);
        }
    }

    static Map<String, Double> summarise(Path recording, Path summary, String title) throws IOException {
        long samples = 0;
        Map<String, Long> parts = new LinkedHashMap<>();
        PARTS.keySet().forEach(part -> parts.put(part, 0L));
        Map<String, Long> selfTop = new HashMap<>();
        try (RecordingFile events = new RecordingFile(recording)) {
            while (events.hasMoreEvents()) {
                RecordedEvent event = events.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                samples++;
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                if (!frames.isEmpty()) {
                    selfTop.merge(method(frames.getFirst()), 1L, Long::sum);
                }
                Set<String> seen = new LinkedHashSet<>();
                for (RecordedFrame frame : frames) {
                    String method = method(frame);
                    PARTS.forEach((part, prefixes) -> {
                        if (prefixes.stream().anyMatch(method::startsWith)) {
                            seen.add(part);
                        }
                    });
                }
                seen.forEach(part -> parts.merge(part, 1L, Long::sum));
            }
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        long total = Math.max(1, samples);
        parts.forEach((part, count) -> shares.put(part, count / (double) total));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(summary, StandardCharsets.UTF_8))) {
            out.printf(
                    Locale.ROOT, "%s%n%,d execution samples of the server (JFR, settings=profile)%n%n", title, samples);
            out.println("Share of samples whose stack holds each part (inclusive: parts overlap)");
            shares.forEach((part, share) -> out.printf(Locale.ROOT, "  %5.1f%%  %s%n", 100 * share, part));
            out.println();
            out.println("Hottest methods by their own samples");
            selfTop.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(25)
                    .forEach(e -> out.printf(Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
        }
        return shares;
    }

    private static String method(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    /** E.g. {@code journal entry 21%, decryption 9%}: the parts over {@code minimum}, largest first. */
    static String largest(Map<String, Double> shares, double minimum) {
        return shares.entrySet().stream()
                .filter(e -> e.getValue() >= minimum)
                .sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> e.getValue())
                        .reversed())
                .map(e -> Report.format("%s %.0f%%", e.getKey(), 100 * e.getValue()))
                .reduce((a, b) -> a + ", " + b)
                .orElse("nothing");
    }
}
