package fi.kanta.bench;

import fi.kanta.delivery.DeliveryOutcome;
import fi.kanta.delivery.DeliverySettings;
import fi.kanta.delivery.DkimSigning;
import fi.kanta.delivery.EmailComposer;
import fi.kanta.delivery.Mailbox;
import fi.kanta.delivery.Mailer;
import fi.kanta.delivery.OutgoingEmail;
import fi.kanta.delivery.RateLimiter;
import fi.kanta.delivery.Sleeper;
import fi.kanta.delivery.SmtpMailer;
import fi.kanta.delivery.SmtpServer;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The mail benchmark (not a test): sends pre-built emails of about the given size through
 * {@link SmtpMailer} to Postfix's smtp-sink, pushed and flushed in chunks as a Spring Batch writer
 * would, once unsigned and once DKIM-signed; then runs Postfix's smtp-source with the same count,
 * size and sessions against the same sink for the ratio. Run with bench/mail-benchmark, which starts
 * the sink and passes its port.
 *
 * <p>Arguments: PORT, then messages (default 100,000), size in bytes (30,000), connections (10),
 * DKIM-signed messages (as many as unsigned; 0 skips).
 */
public final class MailBenchmark {

    private static final int CHUNK = 1000;
    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final int DISTINCT_BODIES = 50;

    private final int port;
    private final int connections;
    private final List<String[]> bodies = new ArrayList<>();
    private final List<String> rows = new ArrayList<>();
    private double smtpSourceRate;

    private MailBenchmark(int port, int size, int connections) {
        this.port = port;
        this.connections = connections;
        Random random = new Random(20261123);
        for (int i = 0; i < DISTINCT_BODIES; i++) {
            bodies.add(body(random, size));
        }
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int messages = Bench.number(args, 1, 100_000);
        int size = Bench.number(args, 2, 30_000);
        int connections = Bench.number(args, 3, 10);
        int signed = Bench.number(args, 4, messages);
        MailBenchmark bench = new MailBenchmark(port, size, connections);
        System.out.printf(Locale.ROOT, "%,d messages of %,d bytes as sent (asked for %,d), %d connections, chunks of %,d%n",
                messages, bench.sizeOnTheWire(), size, connections, CHUNK);
        bench.smtpSource(messages, size);
        bench.kanta("Kanta SmtpMailer", messages, new EmailComposer(Clock.systemUTC()));
        if (signed > 0) {
            bench.kanta("Kanta SmtpMailer + DKIM rsa-2048", signed, new EmailComposer(Clock.systemUTC(), dkim()));
        }
        bench.print();
    }

    private void kanta(String what, int messages, EmailComposer composer) {
        PeakHeap.reset();
        DeliverySettings settings = new DeliverySettings(connections, 0, 3, Duration.ofSeconds(1), null, null);
        long sent = 0;
        long cpuBefore = CPU.getProcessCpuTime();
        long start = System.nanoTime();
        try (Mailer mailer = new SmtpMailer(SmtpServer.at("127.0.0.1", port), composer, settings,
                RateLimiter.unlimited(), Sleeper.REAL)) {
            for (int i = 1; i <= messages; i++) {
                mailer.push(email(i));
                if (i % CHUNK == 0 || i == messages) {
                    sent += mailer.flush().stream().filter(DeliveryOutcome::sent).count();
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (sent != messages) {
            System.out.printf("%s: only %,d of %,d messages were accepted%n", what, sent, messages);
        }
        double cpuMillisPerMessage = (CPU.getProcessCpuTime() - cpuBefore) / 1e6 / Math.max(1, sent);
        row(what, sent, seconds, String.format(Locale.ROOT, "%.2f", cpuMillisPerMessage), PeakHeap.megabytes());
    }

    /** One recipient's email; the bodies are shared, as rendered text of one template would be alike. */
    private OutgoingEmail email(int customer) {
        String[] body = bodies.get(customer % DISTINCT_BODIES);
        return new OutgoingEmail(new Mailbox("news@kanta-shop.fi", "Kanta Kauppa"),
                new Mailbox("customer-" + customer + "@example.fi", "Äijälä Customer " + customer),
                "Tervetuloa takaisin – 20 € etu sinulle, asiakas " + customer, body[0], body[1],
                "<2026-W48." + customer + ".win-back@kanta-shop.fi>",
                URI.create("https://kanta-shop.fi/u/" + customer + ".tok3n"),
                Map.of("X-Kanta-Campaign", "win-back"));
    }

    private int sizeOnTheWire() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EmailComposer(Clock.systemUTC()).compose(email(1)).writeTo(out);
        return out.size();
    }

    private void smtpSource(int messages, int size) throws Exception {
        String binary = System.getProperty("kanta.bench.smtp-source");
        if (binary == null) {
            return;
        }
        PeakHeap.reset();
        long start = System.nanoTime();
        Process source = new ProcessBuilder(binary, "-s", String.valueOf(connections), "-m", String.valueOf(messages),
                "-l", String.valueOf(size), "-f", "news@kanta-shop.fi", "-t", "customer@example.fi",
                "127.0.0.1:" + port).inheritIO().start();
        int exit = source.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
            System.out.println("smtp-source failed with exit code " + exit);
            return;
        }
        smtpSourceRate = messages / seconds;
        row("Postfix smtp-source", messages, seconds, "", -1);
    }

    private void row(String what, long messages, double seconds, String cpu, long heap) {
        double rate = messages / seconds;
        String ratio = smtpSourceRate > 0 ? String.format(Locale.ROOT, "%.2f", rate / smtpSourceRate) : "";
        rows.add(String.format(Locale.ROOT, "%-34s %,10d %9.1f %10.0f %8s %11s %12s", what, messages, seconds, rate,
                ratio, cpu, heap < 0 ? "" : String.valueOf(heap)));
    }

    private void print() {
        System.out.println();
        System.out.printf("%-34s %10s %9s %10s %8s %11s %12s%n", "sender", "messages", "time (s)", "msg/s", "ratio",
                "CPU ms/msg", "peak heap MB");
        rows.forEach(System.out::println);
        System.out.printf("%nsmtp-sink on loopback; ratio = msg/s ÷ smtp-source msg/s; CPU = this JVM's CPU time"
                + " (all threads) per message%n%s, load average %.1f%n", Bench.machine(), CPU.getSystemLoadAverage());
    }

    /** An HTML and a text part of a newsletter-like email, together about {@code size} bytes once encoded. */
    private static String[] body(Random random, int size) {
        String[] words = {"tarjous", "kenkä", "syksy", "ääni", "öljy", "alennus", "asiakas", "tervetuloa", "takaisin",
                "uutuus", "kampanja", "Helsinki", "Åbo", "kauppa", "tuote", "€", "lahja", "joulu", "talvi", "villasukat"};
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body><table width=\"600\">");
        while (html.length() + text.length() < size * 0.85) {
            StringBuilder sentence = new StringBuilder();
            for (int w = 0; w < 12; w++) {
                sentence.append(words[random.nextInt(words.length)]).append(' ');
            }
            text.append(sentence).append('\n');
            html.append("<tr><td style=\"font-family:Arial;color:#333\">").append(sentence).append("</td></tr>\n");
        }
        html.append("</table></body></html>");
        return new String[] {html.toString(), text.toString()};
    }

    private static DkimSigning dkim() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Path key = Files.createDirectories(Bench.WORK).resolve("dkim-bench.der");
        Files.write(key, generator.generateKeyPair().getPrivate().getEncoded());
        return DkimSigning.of(new DeliverySettings.Dkim(key, "bench", "kanta-shop.fi"));
    }
}
