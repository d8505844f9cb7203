package fi.kanta.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Postfix's smtp-sink for the chaos suite: started with its own fault options and with every mail
 * transaction appended to a dump file ({@code -D}), each preceded by a marker line ({@code -S}), so
 * that what the server really received can be counted afterwards, duplicates included. A message
 * counts as received only when its dump is whole (a multipart message's closing boundary is there):
 * a sender killed in the middle of the data delivered nothing.
 */
final class ChaosSink implements AutoCloseable {

    private static final String MARKER = "CHAOS-MESSAGE";
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";\\s]+)\"?", Pattern.CASE_INSENSITIVE);

    private final Process process;
    private final Path dump;
    private final int port;
    private long read;
    private long started;

    private ChaosSink(Process process, Path dump, int port) {
        this.process = process;
        this.dump = dump;
        this.port = port;
    }

    /** Starts smtp-sink from the unpacked Postfix package, with extra options (for example {@code -f RCPT}). */
    static ChaosSink start(Path postfix, Path folder, String... options) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx")); // smtp-sink drops to nobody
        Path dump = folder.resolve("received.dump");
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(postfix.resolve("usr/sbin/smtp-sink").toString()));
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("-u", "nobody"));
        }
        command.addAll(List.of("-S", MARKER + "\\n", "-D", dump.toString()));
        command.addAll(List.of(options));
        command.addAll(List.of("127.0.0.1:" + port, "256"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("smtp-sink.log").toFile());
        builder.environment().put("LD_LIBRARY_PATH", postfix.resolve("usr/lib/postfix").toString());
        Process process = builder.start();
        for (int i = 0; i < 100; i++) {
            try (var socket = new java.net.Socket("127.0.0.1", port)) {
                return new ChaosSink(process, dump, port);
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        process.destroyForcibly();
        throw new IOException("smtp-sink did not start: " + Files.readString(folder.resolve("smtp-sink.log")));
    }

    int port() {
        return port;
    }

    /** Mail transactions that reached the data so far (whole or not); cheap, reads only what is new. */
    synchronized long started() throws IOException {
        if (!Files.exists(dump)) {
            return 0;
        }
        try (RandomAccessFile file = new RandomAccessFile(dump.toFile(), "r")) {
            long length = file.length();
            if (length > read) {
                byte[] fresh = new byte[(int) (length - read)];
                file.seek(read);
                file.readFully(fresh);
                String text = new String(fresh, StandardCharsets.ISO_8859_1);
                int cut = text.lastIndexOf('\n') + 1; // whole lines only
                for (int at = text.indexOf(MARKER + "\n"); at >= 0 && at < cut; at = text.indexOf(MARKER + "\n", at + 1)) {
                    started++;
                }
                read += cut;
            }
        }
        return started;
    }

    /** What the server received: the Message-IDs of the whole messages (duplicates kept), and how many were cut off. */
    record Received(List<String> messageIds, int partial) {
    }

    Received received() throws IOException {
        List<String> ids = new ArrayList<>();
        int partial = 0;
        if (!Files.exists(dump)) {
            return new Received(ids, 0);
        }
        String all = Files.readString(dump, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
        for (String message : all.split("(?m)^" + MARKER + "\n")) {
            if (message.isBlank()) {
                continue;
            }
            String id = header(message, "Message-ID");
            Matcher boundary = BOUNDARY.matcher(message);
            boolean whole = id != null && (!boundary.find() || message.contains("--" + boundary.group(1) + "--"));
            if (whole) {
                ids.add(id);
            } else {
                partial++;
            }
        }
        return new Received(ids, partial);
    }

    private static String header(String message, String name) {
        for (String line : message.split("\n")) {
            if (line.isEmpty()) {
                return null; // end of the headers
            }
            if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                return line.substring(name.length() + 1).strip();
            }
        }
        return null;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
