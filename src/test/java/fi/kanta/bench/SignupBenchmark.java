package fi.kanta.bench;

import fi.kanta.KantaApplication;
import fi.kanta.TestShop;
import fi.kanta.signup.Signups;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Does the sign-up form's answer tell a known address from an unknown one? Starts the application
 * with its pages (HSQLDB in target/bench/signup, confirmation emails as .eml files) and posts the
 * form ROUNDS times for each of: a customer's address that has had its confirmation emails for the
 * day, another customer's address each time, and a new address each time, in a shuffled order per round; prints the
 * answer time per kind (median, 90th percentile, mean) and how many different answers there were
 * (the target: one, and times alike within the machine's noise).
 *   bench/signup-benchmark [ROUNDS] [--kanta.*=...]   (default 300)
 */
public final class SignupBenchmark {

    private SignupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Bench.number(args, 0, 300);
        Path home = Bench.fresh("signup");
        List<String> settings = new ArrayList<>(List.of("--kanta.home=" + home, "--spring.main.web-application-type=servlet",
                "--server.port=0", "--kanta.signup.submissions-per-client=100000000", "--kanta.signup.emails-per-address=3"));
        settings.addAll(Bench.settings(args));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KantaApplication.class).run(settings.toArray(String[]::new))) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            TestShop shop = new TestShop(app.getBean(JdbcTemplate.class));
            shop.customer("LIMITED", "limited@example.fi");
            for (int round = 0; round < rounds; round++) {
                shop.customer("KNOWN-" + round, "known-" + round + "@example.fi");
            }
            Signups signups = app.getBean(Signups.class);
            HttpClient client = HttpClient.newHttpClient();
            for (int i = 0; i < 3; i++) {
                post(client, port, "limited@example.fi"); // its three emails of the day: from now on nothing is sent
            }
            for (int i = 0; i < 50; i++) {
                post(client, port, "warm-up-" + i + "@example.fi");
            }
            signups.awaitSent();

            List<String> kinds = List.of("known, day's emails sent", "known", "unknown");
            List<List<Double>> times = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            Set<String> answers = new HashSet<>();
            List<Integer> order = new ArrayList<>(List.of(0, 1, 2));
            for (int round = 0; round < rounds; round++) {
                Collections.shuffle(order);
                for (int kind : order) {
                    String email = switch (kind) {
                        case 0 -> "limited@example.fi";
                        case 1 -> "known-" + round + "@example.fi";
                        default -> "new-" + round + "@example.fi";
                    };
                    long start = System.nanoTime();
                    answers.add(post(client, port, email));
                    times.get(kind).add((System.nanoTime() - start) / 1e6);
                }
            }
            signups.awaitSent();

            System.out.printf("%n%d rounds, %s%n%n| address | answers | median ms | p90 ms | mean ms |%n| --- | ---: | ---: | ---: | ---: |%n",
                    rounds, Bench.machine());
            for (int kind = 0; kind < kinds.size(); kind++) {
                List<Double> sorted = new ArrayList<>(times.get(kind));
                Collections.sort(sorted);
                System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f |%n", kinds.get(kind), sorted.size(),
                        sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.9)),
                        sorted.stream().mapToDouble(Double::doubleValue).average().orElse(0));
            }
            System.out.printf("%ndifferent answer pages: %d (target 1)%n", answers.size());
        }
    }

    private static String post(HttpClient client, int port, String email) throws Exception {
        String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&first_name=&language=fi&website=";
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/signup"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() + " " + answer.body();
    }
}
