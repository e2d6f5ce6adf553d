package org.passerelle.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * CPU time used so far by the server under test, by PostgreSQL (all its processes), by this JVM
 * (the load generator) and by the whole machine, read from the kernel: taken before and after a
 * measured phase and divided by the requests served, it says where each request's time goes, and
 * whether the machine was saturated.
 */
public record CpuTimes(long serverNanos, long postgresNanos, long benchNanos, long machineBusyNanos, long wallNanos) {

    /** The kernel's clock ticks per second in /proc/stat (USER_HZ, 100 on Linux). */
    private static final long TICK_NANOS = 10_000_000L;

    public static CpuTimes now(Optional<ProcessHandle> server) {
        return new CpuTimes(
                server.map(CpuTimes::cpu).orElse(0L),
                ProcessHandle.allProcesses()
                        .filter(p -> p.info()
                                .command()
                                .map(c -> c.endsWith("/postgres"))
                                .orElse(false))
                        .mapToLong(CpuTimes::cpu)
                        .sum(),
                cpu(ProcessHandle.current()),
                machineBusy(),
                System.nanoTime());
    }

    /** What was used between {@code before} and this reading. */
    public CpuTimes since(CpuTimes before) {
        return new CpuTimes(
                serverNanos - before.serverNanos,
                postgresNanos - before.postgresNanos,
                benchNanos - before.benchNanos,
                machineBusyNanos - before.machineBusyNanos,
                wallNanos - before.wallNanos);
    }

    /** Busy share of all cores over the period (1.0 = every core busy all the time). */
    public double machineLoad() {
        return machineBusyNanos / (double) (wallNanos * Runtime.getRuntime().availableProcessors());
    }

    private static long cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** All cores' non-idle time: user, nice, system, irq, softirq and steal ticks of the first line of /proc/stat. */
    private static long machineBusy() {
        try {
            String[] fields =
                    Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(fields[i]);
                }
            }
            return busy * TICK_NANOS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
