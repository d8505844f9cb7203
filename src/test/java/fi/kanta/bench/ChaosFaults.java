package fi.kanta.bench;

import fi.kanta.cli.Kanta;
import fi.kanta.delivery.FaultySmtpServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SMTP fault matrix of the chaos suite: one small campaign run per fault, through the real
 * {@code kanta run} against a server that misbehaves (FaultySmtpServer in this JVM, scripted per
 * transaction, or Postfix's smtp-sink with its own fault options), then {@code kanta resume}
 * against the mended server (by default and with {@code --resend-unconfirmed}). Counted from what
 * the server accepted and from the database: delivered, duplicates, missing, BOUNCED, FAILED,
 * UNCONFIRMED, suppressions written, and the wrong ones: a suppression of an address the server did
 * not refuse with a mailbox code (5.1.1-5.1.3, 5.1.10, 5.2.1), or any written by a run that stopped.
 */
final class ChaosFaults {

    private static final String OK = "250 2.0.0 Ok: queued";

    private final Path postfix;
    private final int customers;

    /** {@code -Dchaos.faults=a,b}: only the faults whose name contains one of these. */
    private static final String ONLY = System.getProperty("chaos.faults", "");

    private final boolean[] modes;

    ChaosFaults(Path postfix, boolean quick, boolean[] modes) {
        this.postfix = postfix;
        this.modes = modes;
        this.customers = quick ? 300 : 500;
    }

    /** A fault: how to set the server up; the addresses it refused with a mailbox code are gathered in {@code mailbox}. */
    private record Fault(String name, Setup setup) {
    }

    private interface Setup {
        Server start(Set<String> mailbox) throws Exception;
    }

    /** A misbehaving server: its port, what it accepted, and mended (same or new port) for the resume. */
    private interface Server extends AutoCloseable {
        int port();

        int mend() throws Exception;

        List<String> acceptedIds() throws Exception;
    }

    private static int index(String address) {
        String digits = address.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    private static Setup faulty(java.util.function.Consumer<FaultySmtpServer> faults) {
        return mailbox -> {
            FaultySmtpServer smtp = new FaultySmtpServer();
            faults.accept(smtp);
            return new Server() {
                public int port() {
                    return smtp.port();
                }

                public int mend() {
                    smtp.onMail(n -> "250 2.1.0 Ok").onRcpt(a -> "250 2.1.5 Ok").onData(n -> "354 End data with <CR><LF>.<CR><LF>")
                            .onEndOfData(n -> OK);
                    return smtp.port();
                }

                public List<String> acceptedIds() {
                    return smtp.acceptedMessageIds();
                }

                public void close() throws Exception {
                    smtp.close();
                }
            };
        };
    }

    /** Rejects a mailbox-coded share of the addresses, and remembers which. */
    private static Setup mailboxRefusals(String reply, int oneIn) {
        return mailbox -> faulty(smtp -> smtp.onRcpt(address -> {
            if (index(address) % oneIn == 3 % oneIn) {
                mailbox.add(address.toLowerCase(Locale.ROOT));
                return reply;
            }
            return "250 2.1.5 Ok";
        })).start(mailbox);
    }

    private Setup sink(String... options) {
        return mailbox -> {
            Path folder = Bench.WORK.resolve("chaos-faults-sinks").resolve(String.valueOf(System.nanoTime()));
            ChaosSink faulty = ChaosSink.start(postfix, folder.resolve("faulty"), options);
            return new Server() {
                private ChaosSink mended;

                public int port() {
                    return faulty.port();
                }

                public int mend() throws Exception {
                    mended = ChaosSink.start(postfix, folder.resolve("mended"));
                    return mended.port();
                }

                public List<String> acceptedIds() throws Exception {
                    List<String> all = new ArrayList<>(faulty.received().messageIds());
                    if (mended != null) {
                        all.addAll(mended.received().messageIds());
                    }
                    return all;
                }

                public void close() throws Exception {
                    faulty.close();
                    if (mended != null) {
                        mended.close();
                    }
                }
            };
        };
    }

    private List<Fault> faults() {
        return List.of(
                new Fault("4xx storm: every RCPT 451 4.3.0", faulty(s -> s.onRcpt(a -> "451 4.3.0 Try again later"))),
                new Fault("421 at MAIL, 1 in 10", faulty(s -> s.onMail(n -> n % 10 == 0 ? "421 4.3.2 Service shutting down" : "250 2.1.0 Ok"))),
                new Fault("RCPT 550 5.1.1 (mailbox), all", mailboxRefusals("550 5.1.1 User unknown", 1)),
                new Fault("RCPT 552 5.2.2 (mailbox full), 1 in 10", faulty(s -> s.onRcpt(a -> index(a) % 10 == 3 ? "552 5.2.2 Mailbox full" : "250 2.1.5 Ok"))),
                new Fault("RCPT 550 bare (no enh. code), 1 in 10", faulty(s -> s.onRcpt(a -> index(a) % 10 == 3 ? "550 Rejected" : "250 2.1.5 Ok"))),
                new Fault("RCPT 554 5.7.1 (policy), 1 in 10", faulty(s -> s.onRcpt(a -> index(a) % 10 == 3 ? "554 5.7.1 Rejected by policy" : "250 2.1.5 Ok"))),
                new Fault("RCPT 554 5.7.1 relay denied, all", faulty(s -> s.onRcpt(a -> "554 5.7.1 Relay access denied"))),
                new Fault("smtp-sink -f RCPT (554 5.7.1 relay)", sink("-f", "RCPT", "-B", "554 5.7.1 Relay access denied")),
                new Fault("after DATA 554 5.7.1 (content), 1 in 10", faulty(s -> s.onEndOfData(n -> n % 10 == 0 ? "554 5.7.1 Spam rejected" : OK))),
                new Fault("dropped at MAIL, 1 in 10", faulty(s -> s.onMail(n -> n % 10 == 0 ? null : "250 2.1.0 Ok"))),
                new Fault("dropped at RCPT, 1 in 10", faulty(s -> s.onRcpt(a -> index(a) % 10 == 3 ? null : "250 2.1.5 Ok"))),
                new Fault("dropped at DATA, 1 in 10", faulty(s -> s.onData(n -> n % 10 == 0 ? null : "354 End data with <CR><LF>.<CR><LF>"))),
                new Fault("dropped after data, not kept, 1 in 10", faulty(s -> s.onEndOfData(n -> n % 10 == 0 ? null : OK))),
                new Fault("smtp-sink -q . (kept, then dropped)", sink("-q", ".")),
                new Fault("stalled after data (kept), 1 in 25", faulty(s -> s.onEndOfData(n -> n % 25 == 0 ? FaultySmtpServer.okAfter(5_000) : OK))),
                new Fault("stalled server: no answer to MAIL", faulty(s -> s.onMail(n -> FaultySmtpServer.okAfter(20_000)))),
                // last: the addresses it suppresses (rightly) are left out of any later run
                new Fault("RCPT 550 5.1.1 (mailbox), 1 in 10", mailboxRefusals("550 5.1.1 User unknown", 10)));
    }

    String table() throws Exception {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "SMTP fault matrix: %d emails a run, %d connections, read time-out 2 s,"
                + " retries 3 from 200 ms; first kanta run against the faulty server, then kanta resume against the mended one%n",
                customers, ChaosSuite.CONNECTIONS));
        String header = String.format("%-42s %-9s %9s %5s %7s %7s %6s %7s %6s %5s%n", "fault", "exits", "delivered", "dupl.", "missing",
                "BOUNCED", "FAILED", "UNCONF.", "suppr.", "wrong");
        for (boolean resend : modes) {
            table.append(resend ? "resumes with --resend-unconfirmed\n" : "resumes by default\n").append(header);
            Path home = Bench.fresh("chaos-faults-" + (resend ? "resend" : "default"));
            ChaosSuite.shop(home, customers);
            int i = 0;
            for (Fault fault : faults()) {
                if (!ONLY.isEmpty() && java.util.Arrays.stream(ONLY.split(",")).noneMatch(fault.name()::contains)) {
                    continue;
                }
                String row = run(home, "f" + (++i), fault, resend);
                System.out.print(row);
                table.append(row);
            }
        }
        return table.toString();
    }

    private String run(Path home, String campaign, Fault fault, boolean resend) throws Exception {
        ChaosSuite.define(home, campaign);
        Set<String> mailbox = ConcurrentHashMap.newKeySet();
        long suppressionsBefore = ChaosSuite.count(home, "SELECT COUNT(*) FROM suppression");
        Set<String> keysBefore = new HashSet<>(ChaosSuite.strings(home, "SELECT LOWER(email_key) FROM suppression"));
        try (Server server = fault.setup().start(mailbox)) {
            List<String> settings = List.of("--kanta.home=" + home, "--spring.mail.host=127.0.0.1",
                    "--kanta.delivery.connections=" + ChaosSuite.CONNECTIONS, "--kanta.delivery.backoff=200ms",
                    "--spring.mail.properties.mail.smtp.timeout=2000");
            int first = kanta(settings, server.port(), "run", campaign, "--run-key", "r1", "--yes");
            String exits = String.valueOf(first);
            int port = server.mend();
            if (first != 0) {
                List<String> resume = new ArrayList<>(List.of("resume", campaign + "/r1"));
                if (resend) {
                    resume.add("--resend-unconfirmed");
                }
                exits += ", " + kanta(settings, port, resume.toArray(String[]::new));
            }
            List<String> accepted = server.acceptedIds();
            String run = "u.campaign = '" + campaign + "'";
            Set<String> targets = ChaosSuite.messageIds(home, run + " AND r.recipient_group = 'TARGET'");
            Set<String> bounced = ChaosSuite.messageIds(home, run + " AND r.status = 'BOUNCED'");
            Set<String> distinct = new HashSet<>(accepted);
            long delivered = targets.stream().filter(distinct::contains).count();
            long missing = targets.stream().filter(t -> !distinct.contains(t) && !bounced.contains(t)).count();
            long written = ChaosSuite.count(home, "SELECT COUNT(*) FROM suppression") - suppressionsBefore;
            List<String> newKeys = ChaosSuite.strings(home, "SELECT LOWER(email_key) FROM suppression").stream()
                    .filter(k -> !keysBefore.contains(k)).toList();
            long wrong = first == 1 ? written : newKeys.stream().filter(k -> !mailbox.contains(k)).count();
            return String.format(Locale.ROOT, "%-42s %-9s %9d %5d %7d %7d %6d %7d %6d %5d%n", fault.name(), exits, delivered,
                    accepted.size() - distinct.size(), missing, bounced.size(), status(home, run, "FAILED"),
                    status(home, run, "UNCONFIRMED"), written, wrong);
        }
    }

    private static long status(Path home, String run, String status) throws Exception {
        return ChaosSuite.count(home, "SELECT COUNT(*) FROM campaign_recipient r JOIN campaign_run u ON u.id = r.run_id WHERE " + run
                + " AND r.status = '" + status + "'");
    }

    private static int kanta(List<String> settings, int port, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(settings);
        args.add("--spring.mail.port=" + port);
        return Kanta.run(args.toArray(String[]::new));
    }
}
