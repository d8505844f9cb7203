package fi.kanta.delivery;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

/** Test emails and the parts the delivery tests share. */
final class Emails {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:15:30Z"), ZoneOffset.UTC);

    private Emails() {
    }

    static OutgoingEmail to(String address, String name, String messageId) {
        return new OutgoingEmail(new Mailbox("news@kanta-shop.fi", "Kanta Shop"), new Mailbox(address, name),
                "Tervetuloa takaisin, " + name, "<p>Hei " + name + "!</p>", "Hei " + name + "!", messageId,
                URI.create("https://kanta-shop.fi/u/" + messageId.hashCode()));
    }

    /** n emails to customer-1@example.fi … with Message-IDs <2026-W48.i.win-back@kanta.test>. */
    static List<OutgoingEmail> many(int n) {
        return IntStream.rangeClosed(1, n)
                .mapToObj(i -> to("customer-" + i + "@example.fi", "Customer " + i, messageId(i))).toList();
    }

    static String messageId(int customer) {
        return "<2026-W48." + customer + ".win-back@kanta.test>";
    }

    static DeliverySettings settings(int connections, int retries) {
        return new DeliverySettings(connections, 0, retries, java.time.Duration.ofSeconds(1), null, null);
    }
}
