package fi.kanta.preferences;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the shop holds about one customer, as their page shows it once they confirmed a one-time
 * code: who they are and how to reach them, their consents (each with
 * when and how it was given), their choices, the campaigns that reached them in the last 12 months,
 * and their feedback answers. Times are the shop's. (The download is the fuller
 * {@code erasure/CustomerDataExport} copy.)
 */
public record HeldData(Person person, List<ConsentRow> consents, Choices choices, List<Contact> contacts, List<Answer> answers) {

    public record Person(String customerId, String firstName, String lastName, String email, String phone, String street,
            String postalCode, String city, String country, String language, LocalDate customerSince) {
    }

    public record ConsentRow(String channel, boolean granted, LocalDateTime givenAt, String source) {
    }

    /** A campaign message that reached the customer: campaign, channel, when, and the offer code it carried. */
    public record Contact(String campaign, String channel, LocalDateTime at, String offerCode) {
    }

    public record Answer(String campaign, int score, String comment, LocalDateTime answeredAt) {
    }
}
