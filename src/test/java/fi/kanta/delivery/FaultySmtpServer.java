package fi.kanta.delivery;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * A small SMTP server for fault tests, after Postfix's smtp-sink: it speaks just enough SMTP for
 * Jakarta Mail and answers as told. Replies are chosen per transaction (numbered from 1 in the order
 * MAIL FROM commands arrive over all sessions); a null reply closes the connection without a word.
 * It counts sessions and keeps the messages it accepted.
 */
public final class FaultySmtpServer implements AutoCloseable {

    static final String OK = "250 2.0.0 Ok: queued";

    private final ServerSocket listener;
    private final ExecutorService sessions = Executors.newCachedThreadPool();
    private final AtomicInteger sessionCount = new AtomicInteger();
    private final AtomicInteger transactions = new AtomicInteger();
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private volatile IntFunction<String> mailReply = n -> "250 2.1.0 Ok";
    private volatile Function<String, String> rcptReply = address -> "250 2.1.5 Ok";
    private volatile IntFunction<String> dataReply = n -> "354 End data with <CR><LF>.<CR><LF>";
    private volatile IntFunction<String> endOfDataReply = n -> OK;

    public FaultySmtpServer() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        sessions.submit(this::accept);
    }

    /** A server started for a test class's static field (where a checked exception cannot be thrown). */
    public static FaultySmtpServer started() {
        try {
            return new FaultySmtpServer();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** The reply to MAIL FROM of transaction n. */
    public FaultySmtpServer onMail(IntFunction<String> reply) {
        this.mailReply = reply;
        return this;
    }

    /** The reply to RCPT TO for an address. */
    public FaultySmtpServer onRcpt(Function<String, String> reply) {
        this.rcptReply = reply;
        return this;
    }

    /** The reply to the DATA command of transaction n (354 goes on to read the message). */
    public FaultySmtpServer onData(IntFunction<String> reply) {
        this.dataReply = reply;
        return this;
    }

    /** The reply after the end-of-data dot of transaction n; a 250 keeps the message. */
    public FaultySmtpServer onEndOfData(IntFunction<String> reply) {
        this.endOfDataReply = reply;
        return this;
    }

    public int sessions() {
        return sessionCount.get();
    }

    /** The messages accepted, as received (dot-stuffing undone). */
    public List<String> accepted() {
        return List.copyOf(accepted);
    }

    /**
     * Waits until the server has accepted {@code n} messages (a crash test kills the sender then),
     * or the sender is gone, or minutes passed; returns whether {@code n} arrived.
     */
    public boolean awaitAccepted(int n, BooleanSupplier senderAlive) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (accepted.size() < n && senderAlive.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return accepted.size() >= n;
    }

    /** A reply after a pause, so that a run takes long enough for a test to kill it mid-way. */
    public static String okAfter(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OK;
    }

    /** The Message-IDs of the accepted messages. */
    public List<String> acceptedMessageIds() {
        return accepted.stream().map(m -> m.lines().filter(l -> l.regionMatches(true, 0, "Message-ID:", 0, 11))
                .findFirst().orElse("").substring(11).strip()).toList();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                sessionCount.incrementAndGet();
                sessions.submit(() -> converse(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void converse(Socket socket) {
        try (socket) {
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = socket.getOutputStream();
            reply(out, "220 faulty.test ESMTP");
            int transaction = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String verb = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
                String answer = switch (verb) {
                    case "EHLO", "HELO" -> "250 faulty.test";
                    case "MAIL" -> mailReply.apply(transaction = transactions.incrementAndGet());
                    case "RCPT" -> rcptReply.apply(line.replaceAll("(?i)^RCPT TO:\\s*<?([^>]*)>?.*$", "$1"));
                    case "DATA" -> data(in, out, transaction);
                    case "RSET", "NOOP" -> "250 2.0.0 Ok";
                    case "QUIT" -> "221 2.0.0 Bye";
                    default -> "502 5.5.2 Error: command not recognized";
                };
                if (answer == null) {
                    return; // drop the connection without replying
                }
                reply(out, answer);
                if (answer.startsWith("221") || answer.startsWith("421")) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private String data(BufferedReader in, OutputStream out, int transaction) throws IOException {
        String go = dataReply.apply(transaction);
        if (go == null || !go.startsWith("354")) {
            return go;
        }
        reply(out, go);
        StringBuilder message = new StringBuilder();
        String line = in.readLine();
        for (; line != null && !line.equals("."); line = in.readLine()) {
            message.append(line.startsWith(".") ? line.substring(1) : line).append("\r\n");
        }
        if (line == null) {
            return null; // the client went away before the end of the data: nothing was delivered
        }
        String verdict = endOfDataReply.apply(transaction);
        if (verdict != null && verdict.startsWith("250")) {
            accepted.add(message.toString());
        }
        return verdict;
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        sessions.shutdownNow();
    }
}
