package fi.kanta.erasure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything Kanta holds about one customer, as the customer may ask to see it (access) and take
 * it elsewhere (portability): {@code kanta customer show} prints it, {@code kanta customer export}
 * writes it as JSON, and the customer's own page can do either. Times are the shop's local times.
 */
public record CustomerDataCopy(
        LocalDateTime madeAt,
        Customer customer,
        List<Consent> consents,
        Preferences preferences,
        List<String> interests,
        List<Suppression> suppressions,
        List<Purchase> purchases,
        List<Contact> campaigns,
        List<Feedback> feedback,
        Score score) {

    /** The customer row: who they are and how to reach them. */
    public record Customer(String customerId, String firstName, String lastName, String email, String phone, String street,
                           String postalCode, String city, String country, String language, LocalDate customerSince,
                           Integer birthMonth, Integer birthDay, LocalDateTime firstSeen, LocalDateTime lastChanged) {
    }

    /** One consent as given: channel, yes or no, when and where it came from. */
    public record Consent(String channel, boolean granted, LocalDateTime givenAt, String source) {
    }

    /** The customer's own choices (null when they made none). */
    public record Preferences(boolean noOffers, boolean noProfiling, Integer maxPer30Days, String language,
                              LocalDateTime changedAt, String source) {
    }

    /** A suppression naming the customer or their email address. */
    public record Suppression(String reason, LocalDateTime suppressedAt, String source) {
    }

    /** An order and, when the shop imports order lines, what it held. */
    public record Purchase(String orderId, LocalDateTime purchasedAt, BigDecimal amount, String currency, String category,
                           String offerCode, List<Line> lines) {
    }

    /** One line of an order: the product (its name when the product file lists it), how many, the price of one. */
    public record Line(String sku, String name, int quantity, BigDecimal price) {
    }

    /** A campaign run the customer was selected for: the channel, the group, what became of the message. */
    public record Contact(String campaign, String runKey, LocalDateTime selectedAt, String channel, String group, String status,
                          LocalDateTime statusAt, String offerCode) {
    }

    public record Feedback(String campaign, String runKey, int score, String comment, LocalDateTime answeredAt) {
    }

    /** The newest scores Kanta computed from the purchases (null when none, or the customer asked not to be profiled). */
    public record Score(LocalDate asOf, String rfmSegment, String rfmCode, double probabilityActive, double expectedPurchases90Days,
                        double value12Months, String favouriteCategory) {
    }
}
