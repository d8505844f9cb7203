package fi.kanta.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TemporaryHome;
import fi.kanta.TestDatabase;
import fi.kanta.TestShop;
import fi.kanta.links.UnsubscribeLinks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A burst of clicks on the real server, as a mail provider's one-click unsubscribes (RFC 8058) and
 * customers pressing "stop everything" arrive after a big send: 2,000 POSTs from 50 threads, each
 * link clicked several times, many of them at the same moment. Every one is answered 2xx, and
 * every customer's withdrawal and suppression is recorded exactly once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = UnsubscribePageContractTest.SERVLET)
class BurstOfClicksTest extends TemporaryHome {

    private static final int CUSTOMERS = 500;
    private static final int CLICKS_EACH = 4;
    private static final int THREADS = 50;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UnsubscribeLinks links;

    @Test
    void twoThousandOneClickPostsFromFiftyThreadsAreEachAnswered2xxAndRecordedOnce() throws Exception {
        TestDatabase.clean(jdbc);
        TestShop shop = new TestShop(jdbc);
        List<HttpRequest> clicks = new ArrayList<>();
        List<Long> allChannels = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(8058));
        for (int i : order) {
            long customer = shop.customer("C" + i, "c" + i + "@example.fi");
            shop.consent(customer, "email", true);
            shop.consent(customer, "newsletter", true);
            // one in five presses "stop everything" on the page; the others' mail program posts one-click
            boolean everything = i % 5 == 0;
            if (everything) {
                allChannels.add(customer);
            }
            URI link = onThisServer(links.url(customer, "email", "win-back", "2026-W48"));
            // a customer's clicks are sent one after another, so they arrive together on different threads,
            // as a provider's retries and a customer's double click do
            for (int click = 0; click < CLICKS_EACH; click++) {
                clicks.add(HttpRequest.newBuilder(link).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(everything ? "scope=all" : "List-Unsubscribe=One-Click")).build());
            }
        }

        Map<Integer, Integer> answers = new TreeMap<>();
        HttpClient client = HttpClient.newHttpClient();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> sent = new ArrayList<>();
            for (HttpRequest click : clicks) {
                sent.add(threads.submit(() -> client.send(click, HttpResponse.BodyHandlers.discarding()).statusCode()));
            }
            for (Future<Integer> answer : sent) {
                answers.merge(answer.get(), 1, Integer::sum);
            }
        } finally {
            threads.shutdown();
        }

        assertThat(answers).isEqualTo(Map.of(200, CUSTOMERS * CLICKS_EACH));
        // once each: one withdrawal row per customer and channel, one suppression per "stop everything"
        Map<String, Long> withdrawals = jdbc.queryForList("SELECT channel, COUNT(*) AS n, COUNT(DISTINCT customer_id) AS customers"
                + " FROM consent WHERE source = ? AND granted = FALSE GROUP BY channel", Unsubscriptions.SOURCE).stream()
                .collect(Collectors.toMap(row -> row.get("channel") + " " + row.get("customers"), row -> ((Number) row.get("n")).longValue()));
        assertThat(withdrawals).isEqualTo(Map.of("email " + CUSTOMERS, (long) CUSTOMERS,
                "newsletter " + allChannels.size(), (long) allChannels.size(), "letter " + allChannels.size(), (long) allChannels.size()));
        assertThat(jdbc.queryForList("SELECT customer_id FROM suppression WHERE reason = 'UNSUBSCRIBED' ORDER BY customer_id", Long.class))
                .isEqualTo(allChannels.stream().sorted().toList());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM consent_newest WHERE channel = 'email' AND granted = FALSE", Long.class))
                .isEqualTo(CUSTOMERS);
    }

    private URI onThisServer(String link) {
        return URI.create("http://localhost:" + port + URI.create(link).getRawPath());
    }
}
