package org.passerelle.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.passerelle.simulator.amqp.AmqpReplyChannel;
import org.passerelle.simulator.amqp.DeptAmqpBroker;
import org.passerelle.simulator.amqp.DeptAmqpClient;
import org.passerelle.simulator.amqp.DeptOrientationListener;
import org.passerelle.simulator.behaviour.Behaviours;
import org.passerelle.simulator.control.ControlApi;
import org.passerelle.simulator.https.CafHttpsEndpoint;
import org.passerelle.simulator.keys.KeyFolder;
import org.passerelle.simulator.keys.PasserelleKeys;
import org.passerelle.simulator.ledger.Ledger;
import org.passerelle.simulator.ledger.ReplyLog;
import org.passerelle.simulator.reception.EncryptedArrivals;
import org.passerelle.simulator.reception.Reception;
import org.passerelle.simulator.reply.CafReplyChannel;
import org.passerelle.simulator.reply.KeycloakTokens;
import org.passerelle.simulator.reply.ReplyChannel;
import org.passerelle.simulator.reply.ReplyDispatcher;
import org.passerelle.simulator.reply.SftpReplyChannel;
import org.passerelle.simulator.sftp.CpamSftpServer;
import org.passerelle.simulator.sftp.IncomingFolder;
import org.passerelle.simulator.sftp.SftpFolders;

/**
 * The three demo partner systems of docs/partner-exchange.md in one process: caf-49 over HTTPS, cpam-49
 * over SFTP + OpenPGP, dept-49 over AMQP 1.0, plus a plain-HTTP control port. It shares no code with
 * Passerelle's exchange module, on purpose (DESIGN.md §3).
 */
public final class PartnerSimulator implements AutoCloseable {

    private final List<AutoCloseable> toClose = new ArrayList<>();
    private volatile boolean ready;

    private PartnerSimulator() {}

    /** Starts everything and returns once every listener is up. */
    public static PartnerSimulator start(SimulatorOptions options) throws Exception {
        PartnerSimulator simulator = new PartnerSimulator();
        try {
            simulator.startAll(options);
        } catch (Exception | Error e) {
            simulator.close();
            throw e;
        }
        return simulator;
    }

    private void startAll(SimulatorOptions options) throws Exception {
        Path data = options.data();
        Files.createDirectories(data);
        KeyFolder keys = KeyFolder.loadOrCreate(data);
        Ledger ledger = Ledger.open(data.resolve("ledger.jsonl"));
        ReplyLog replyLog = new ReplyLog();
        Behaviours behaviours = new Behaviours();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        toClose.add(http::close);
        PasserelleKeys passerelleKeys = new PasserelleKeys(options.passerelleUrl(), http);
        SftpFolders folders = SftpFolders.create(data);

        DeptAmqpBroker broker = new DeptAmqpBroker(data.resolve("amqp"), options.amqpPort());
        toClose.add(broker);
        broker.startBroker();
        DeptAmqpClient amqpClient = new DeptAmqpClient(options.amqpPort());
        toClose.add(amqpClient);

        Map<Partner, ReplyChannel> replyChannels = new EnumMap<>(Partner.class);
        replyChannels.put(
                Partner.CAF_49,
                new CafReplyChannel(
                        options.passerelleUrl(),
                        keys.openPgp(Partner.CAF_49),
                        new KeycloakTokens(
                                options.keycloakUrl(),
                                options.realm(),
                                Partner.CAF_49.keycloakClientId(),
                                options::clientSecret,
                                http),
                        http));
        replyChannels.put(
                Partner.CPAM_49,
                new SftpReplyChannel(folders.outgoing(), keys.openPgp(Partner.CPAM_49), passerelleKeys));
        replyChannels.put(
                Partner.DEPT_49, new AmqpReplyChannel(amqpClient, keys.openPgp(Partner.DEPT_49), passerelleKeys));
        ReplyDispatcher dispatcher = new ReplyDispatcher(replyChannels, replyLog);
        toClose.add(dispatcher);

        Reception reception = new Reception(ledger, behaviours, dispatcher);
        EncryptedArrivals encryptedArrivals = new EncryptedArrivals(reception, keys, passerelleKeys);

        CafHttpsEndpoint https =
                new CafHttpsEndpoint(options.httpsPort(), keys.tls(), passerelleKeys, behaviours, reception);
        toClose.add(https::stop);
        https.start();

        CpamSftpServer sftp =
                new CpamSftpServer(options.sftpPort(), folders, keys.sshHostKey(), passerelleKeys, behaviours);
        toClose.add(sftp::stop);
        sftp.start();
        IncomingFolder incoming = new IncomingFolder(folders, sftp, encryptedArrivals);
        toClose.add(incoming);
        incoming.start();

        DeptOrientationListener orientations = new DeptOrientationListener(encryptedArrivals);
        toClose.add(orientations::close);
        amqpClient.listen(orientations);

        Map<Partner, PartnerListener> listeners =
                Map.of(Partner.CAF_49, https, Partner.CPAM_49, sftp, Partner.DEPT_49, broker);
        ControlApi control =
                new ControlApi(options.httpPort(), ledger, replyLog, behaviours, keys, listeners, () -> ready);
        toClose.add(control);
        control.start();

        ready = true;
        EventLog.event("listening control=http://127.0.0.1:" + options.httpPort()
                + " caf-49=https://localhost:" + options.httpsPort() + CafHttpsEndpoint.PATH
                + " cpam-49=sftp://passerelle@localhost:" + options.sftpPort()
                + " dept-49=amqp://127.0.0.1:" + options.amqpPort() + " data=" + data);
        EventLog.event("partner-simulator ready");
    }

    public boolean ready() {
        return ready;
    }

    /** Stops in the reverse order of starting; each part is stopped even if another fails. */
    @Override
    public synchronized void close() {
        ready = false;
        for (int i = toClose.size() - 1; i >= 0; i--) {
            try {
                toClose.get(i).close();
            } catch (Exception e) {
                EventLog.event("stop failed error=" + EventLog.describe(e));
            }
        }
        toClose.clear();
    }

    public static void main(String[] args) throws Exception {
        SimulatorOptions options;
        try {
            options = SimulatorOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("partner-simulator: " + e.getMessage());
            System.exit(2);
            return;
        }
        PartnerSimulator simulator = start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            simulator.close();
                            EventLog.event("partner-simulator stopped");
                            stopped.countDown();
                        },
                        "shutdown"));
        if (stdinIsAttached()) {
            Thread watcher = new Thread(PartnerSimulator::exitAtEndOfInput, "stdin-watcher");
            watcher.setDaemon(true);
            watcher.start();
        }
        stopped.await();
    }

    /** A closed stdin means whoever started us is gone; {@code /dev/null} (a background start) means nothing. */
    private static boolean stdinIsAttached() {
        try {
            return !Path.of("/proc/self/fd/0").toRealPath().equals(Path.of("/dev/null"));
        } catch (IOException | UnsupportedOperationException e) {
            return true;
        }
    }

    private static void exitAtEndOfInput() {
        try {
            InputStream in = System.in;
            byte[] buffer = new byte[256];
            while (in.read(buffer) >= 0) {
                // input is ignored; only its end matters
            }
        } catch (IOException e) {
            // treated as the end of input
        }
        EventLog.event("stdin closed, stopping");
        System.exit(0);
    }
}
