package fi.kanta.bench;

import fi.kanta.KantaApplication;
import fi.kanta.TestShop;
import fi.kanta.links.ClickLinks;
import fi.kanta.links.ClickToken;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How fast {@code kanta serve} answers counted links (docs/architecture.md "Clicks"). Starts the
 * application with its pages and {@code kanta.clicks.enabled} (HSQLDB in target/bench/clicks), makes
 * CUSTOMERS customers with one sent email each, then from THREADS clients at once follows every
 * customer's link once (a first click: verified, recorded behind the customer's row lock,
 * redirected), the same links again (verified, found recorded, redirected) and the links altered
 * (refused with the "link not valid" page); prints requests a second and answer times per kind.
 *   bench/click-benchmark [CUSTOMERS] [THREADS] [--kanta.*=...]   (default 2000 4)
 */
public final class ClickBenchmark {

    private ClickBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int customers = Bench.number(args, 0, 2000);
        int threads = Bench.number(args, 1, 4);
        Path home = Bench.fresh("clicks");
        List<String> settings = new ArrayList<>(List.of("--kanta.home=" + home, "--spring.main.web-application-type=servlet",
                "--server.port=0", "--kanta.clicks.enabled=true", "--kanta.shop.url=https://shop.example.com/"));
        settings.addAll(Bench.settings(args));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KantaApplication.class).run(settings.toArray(String[]::new))) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            ClickLinks links = app.getBean(ClickLinks.class);
            TestShop shop = new TestShop(jdbc);
            jdbc.update("INSERT INTO campaign_run (campaign, run_key, counts_for_cap, selected_at, kind) VALUES ('win-back', 'bench', TRUE,"
                    + " ?, 'win-back')", Timestamp.valueOf(LocalDateTime.now().minusDays(1)));
            long run = jdbc.queryForObject("SELECT id FROM campaign_run WHERE run_key = 'bench'", Long.class);
            List<String> first = new ArrayList<>();
            for (int i = 0; i < customers; i++) {
                long customer = shop.customer("C" + i, "c" + i + "@example.fi");
                jdbc.update("INSERT INTO campaign_recipient (run_id, customer_id, channel, address_key, recipient_group, ranking, value,"
                        + " offer_code, value_tier, status, status_at) VALUES (?, ?, 'email', ?, 'TARGET', ?, 1, ?, 'gold', 'SENT', ?)", run,
                        customer, "c" + i, i + 1, "WB-" + i, Timestamp.valueOf(LocalDateTime.now().minusHours(2)));
                String url = links.url(new ClickToken(run, customer, "button", LocalDate.now(),
                        "https://shop.example.com/?utm_source=kanta&utm_medium=email&utm_campaign=win-back&utm_content=button"));
                first.add("http://localhost:" + port + url.substring(url.indexOf("/c/")));
            }
            List<String> altered = first.stream().map(link -> link.substring(0, link.length() - 3) + "AAA").toList();
            HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            for (int i = 0; i < 200; i++) {
                get(client, altered.get(i % altered.size())); // warm-up, records nothing
            }

            System.out.printf("%n%,d customers, %d clients at once, %s%n%n| kind | requests | per second | median ms | p90 ms |%n"
                    + "| --- | ---: | ---: | ---: | ---: |%n", customers, threads, Bench.machine());
            measure("first click (recorded)", first, 302, client, threads);
            measure("same link again", first, 302, client, threads);
            measure("altered (refused)", altered, 404, client, threads);
            System.out.printf("%nclick rows: %,d (target %,d)%n", jdbc.queryForObject("SELECT COUNT(*) FROM click", Long.class), customers);
        }
    }

    private static void measure(String kind, List<String> links, int status, HttpClient client, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<double[]>> parts = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int from = t;
            parts.add(pool.submit(() -> {
                List<Double> times = new ArrayList<>();
                for (int i = from; i < links.size(); i += threads) {
                    long one = System.nanoTime();
                    int answer = get(client, links.get(i));
                    times.add((System.nanoTime() - one) / 1e6);
                    if (answer != status) {
                        throw new IllegalStateException(links.get(i) + " answered " + answer + ", expected " + status);
                    }
                }
                return times.stream().mapToDouble(Double::doubleValue).toArray();
            }));
        }
        List<Double> all = new ArrayList<>();
        for (Future<double[]> part : parts) {
            for (double time : part.get()) {
                all.add(time);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Collections.sort(all);
        System.out.printf(Locale.ROOT, "| %s | %,d | %.0f | %.2f | %.2f |%n", kind, all.size(), all.size() / seconds,
                all.get(all.size() / 2), all.get((int) (all.size() * 0.9)));
    }

    private static int get(HttpClient client, String link) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(link)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
