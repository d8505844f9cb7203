package fi.kanta;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A second Kanta process for tests that kill one or run two side by side: a JVM on the test's
 * class path running {@code main}. Its output is kept (for failure messages) and can be awaited
 * line by line; lines can be written to its standard input. {@link #kill()} is SIGKILL on Linux:
 * no shutdown hooks, nothing flushed.
 */
public final class ChildJvm implements AutoCloseable {

    private static final String END = "\u0000end of output";

    private final Process process;
    private final PrintWriter input;
    private final BlockingQueue<String> unread = new LinkedBlockingQueue<>();
    private final List<String> transcript = new CopyOnWriteArrayList<>();

    private ChildJvm(Process process) {
        this.process = process;
        this.input = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        Thread reader = new Thread(this::read, "child-" + process.pid() + "-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code main} of the class with the arguments. */
    public static ChildJvm start(Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        try {
            return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a child JVM", e);
        }
    }

    /** Writes one line to the child's standard input. */
    public void send(String line) {
        input.println(line);
    }

    /**
     * Waits for the next line that matches (lines before it are passed over, but stay in the
     * transcript); fails with the transcript when the child ends first or stays silent for minutes.
     */
    public String await(Predicate<String> wanted) {
        try {
            for (String line = unread.poll(5, TimeUnit.MINUTES); line != null; line = unread.poll(5, TimeUnit.MINUTES)) {
                if (line.equals(END)) {
                    break;
                }
                if (wanted.test(line)) {
                    return line;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("the child did not print what was awaited; its output:\n" + transcript());
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL, and waits until the process is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Everything the child printed so far. */
    public String transcript() {
        return String.join("\n", transcript);
    }

    /** Closes the child's input (a child reading it ends), then kills it if it is still there. */
    @Override
    public void close() throws InterruptedException {
        input.close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    private void read() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                transcript.add(line);
                unread.add(line);
            }
        } catch (IOException e) {
            transcript.add("(output lost: " + e.getMessage() + ")");
        } finally {
            unread.add(END);
        }
    }
}
