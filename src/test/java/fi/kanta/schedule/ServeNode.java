package fi.kanta.schedule;

import fi.kanta.CommandLines;
import fi.kanta.ChildJvm;
import fi.kanta.TestCampaigns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.util.FileSystemUtils;

/**
 * The test's side of a {@link ServeRounds} child JVM: one {@code kanta serve} node whose rounds the
 * test starts at the times it chooses. Starting a round and reading what it did are separate, so
 * that two nodes can run rounds at the same moment.
 */
final class ServeNode implements AutoCloseable {

    private final ChildJvm jvm;

    private ServeNode(ChildJvm jvm) {
        this.jvm = jvm;
    }

    /** Prepares a Kanta home with the shipped weekly newsletter, its segment and the templates (once: a restarted node keeps it). */
    static Path newsletterHome(Path home) throws IOException {
        if (!Files.exists(home.resolve("jobs"))) {
            FileSystemUtils.copyRecursively(Path.of("templates"), home.resolve("templates"));
            Files.createDirectories(home.resolve("jobs"));
            for (String definition : List.of("weekly-newsletter.yml", "segments.yml")) {
                TestCampaigns.writtenBefore(Files.copy(Path.of("jobs", definition), home.resolve("jobs").resolve(definition)));
            }
        }
        return CommandLines.home(home);
    }

    /** Starts the node (Kanta's application context with these settings); {@link #awaitReady()} waits for it. */
    static ServeNode start(String... settings) {
        return new ServeNode(ChildJvm.start(ServeRounds.class, settings));
    }

    void awaitReady() {
        jvm.await("ready"::equals);
    }

    /** Starts a round at {@code now}; {@link #happened()} returns what it did. */
    void startRound(Instant now) {
        jvm.send("round " + now);
    }

    /** Launches a run by hand, as {@code kanta run CAMPAIGN --run-key KEY} does; {@link #launched()} says how it went. */
    void startLaunch(String campaign, String runKey, Instant now) {
        jvm.send("launch " + campaign + " " + runKey + " " + now);
    }

    /** Moves the node's machine clock (what leases are measured on) this far ahead of the real one. */
    void later(java.time.Duration ahead) {
        jvm.send("later " + ahead);
    }

    /** What the round started last did, one line each. */
    List<String> happened() {
        List<String> lines = new ArrayList<>();
        for (String line = jvm.await(l -> l.startsWith("| ") || l.equals("round done")); !line.equals("round done");
                line = jvm.await(l -> l.startsWith("| ") || l.equals("round done"))) {
            lines.add(line.substring(2));
        }
        return lines;
    }

    /** The status of the launch started last: DONE, ALREADY_RUNNING, ALREADY_DONE, FAILED. */
    String launched() {
        return jvm.await(l -> l.startsWith("launch ")).substring("launch ".length());
    }

    ChildJvm jvm() {
        return jvm;
    }

    /** Stops the node as Ctrl-C stops serve: its input ends, it closes its context and exits. */
    @Override
    public void close() throws InterruptedException {
        jvm.close();
    }
}
