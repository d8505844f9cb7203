package fi.kanta.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The CPU time of the processes a benchmark drives, read from /proc twice a second: this JVM, the
 * PostgreSQL server (the postmaster, its live backends and those that have ended) and smtp-sink. On a
 * shared machine a step's wall time moves with the others' load; the CPU each process spent in the
 * step's minutes moves far less, and says which process a change made cheaper.
 */
final class ProcessCpu implements AutoCloseable {

    /** CPU seconds of each process, summed from its start, at one moment. */
    record Sample(Instant at, double jvm, double postgres, double sink) {

        Sample minus(Sample earlier) {
            return new Sample(at, jvm - earlier.jvm, postgres - earlier.postgres, sink - earlier.sink);
        }

        double total() {
            return jvm + postgres + sink;
        }
    }

    private final long postmaster;
    private final long sink;
    private final double ticks = ticksPerSecond();
    private final List<Sample> samples = new ArrayList<>();
    private final ScheduledExecutorService every = Executors.newSingleThreadScheduledExecutor(run -> {
        Thread thread = new Thread(run, "process-cpu");
        thread.setDaemon(true);
        return thread;
    });

    /** {@code postgresData}: the server's data folder (its postmaster.pid); {@code sink}: smtp-sink's pid, or 0 for none. */
    ProcessCpu(Path postgresData, long sink) throws IOException {
        this.postmaster = Long.parseLong(Files.readAllLines(postgresData.resolve("postmaster.pid")).get(0).strip());
        this.sink = sink;
        every.scheduleAtFixedRate(() -> {
            Sample sample = now();
            synchronized (samples) {
                samples.add(sample);
            }
        }, 0, 500, TimeUnit.MILLISECONDS);
    }

    /** The CPU each process spent from {@code start} to {@code end} (the samples nearest them). */
    Sample between(Instant start, Instant end) {
        return nearest(end).minus(nearest(start));
    }

    private Sample nearest(Instant at) {
        synchronized (samples) {
            return samples.stream().min(Comparator.comparingLong(s -> Math.abs(s.at().toEpochMilli() - at.toEpochMilli())))
                    .orElseThrow();
        }
    }

    private Sample now() {
        double jvm = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
        double postgres = ticks(postmaster, true);
        for (long child : children(postmaster)) {
            postgres += ticks(child, false);
        }
        return new Sample(Instant.now(), jvm, postgres / ticks, sink == 0 ? 0 : ticks(sink, false) / ticks);
    }

    /** User and system ticks of {@code pid}; with {@code ended}, also those of its children that have ended. */
    private static double ticks(long pid, boolean ended) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields from the state on: utime is the 14th field of the line, so index 11 here
            double sum = Double.parseDouble(fields[11]) + Double.parseDouble(fields[12]);
            return ended ? sum + Double.parseDouble(fields[13]) + Double.parseDouble(fields[14]) : sum;
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended between listing and reading: its time is now its parent's
        }
    }

    private static List<Long> children(long pid) {
        try {
            String list = Files.readString(Path.of("/proc", Long.toString(pid), "task", Long.toString(pid), "children")).strip();
            return list.isEmpty() ? List.of() : java.util.Arrays.stream(list.split(" ")).map(Long::parseLong).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static double ticksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
            return Double.parseDouble(new String(getconf.getInputStream().readAllBytes()).strip());
        } catch (IOException | RuntimeException e) {
            return 100;
        }
    }

    @Override
    public void close() {
        every.shutdownNow();
    }
}
