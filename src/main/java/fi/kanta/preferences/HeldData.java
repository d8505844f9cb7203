package fi.kanta.preferences;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the shop holds about one customer, as their page shows it once they confirmed a one-time
 * code, and as the download gives it: who they are and how to reach them, their consents (each with
 * when and how it was given), their choices, the campaigns that reached them in the last 12 months,
 * and their feedback answers. Times are the shop's.
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

    /** The download: plain maps, lists and text, times as ISO 8601, so any JSON writer writes it the same way. */
    public Map<String, Object> asDocument() {
        Map<String, Object> document = new LinkedHashMap<>();
        Map<String, Object> who = new LinkedHashMap<>();
        who.put("customerId", person.customerId());
        who.put("firstName", person.firstName());
        who.put("lastName", person.lastName());
        who.put("email", person.email());
        who.put("phone", person.phone());
        who.put("street", person.street());
        who.put("postalCode", person.postalCode());
        who.put("city", person.city());
        who.put("country", person.country());
        who.put("language", person.language());
        who.put("customerSince", text(person.customerSince()));
        document.put("customer", who);
        document.put("consents", consents.stream().map(row -> map("channel", row.channel(), "granted", row.granted(), "givenAt",
                text(row.givenAt()), "source", row.source())).toList());
        Map<String, Object> chosen = new LinkedHashMap<>();
        chosen.put("channels", choices.channels().stream().map(ChoiceChannel::id).toList());
        chosen.put("interests", List.copyOf(choices.interests()));
        chosen.put("maxPer30Days", choices.maxPer30Days());
        chosen.put("language", choices.language());
        chosen.put("noOffers", choices.noOffers());
        chosen.put("noProfiling", choices.noProfiling());
        document.put("choices", chosen);
        document.put("campaignsLast12Months", contacts.stream().map(contact -> map("campaign", contact.campaign(), "channel",
                contact.channel(), "at", text(contact.at()), "offerCode", contact.offerCode())).toList());
        document.put("feedbackAnswers", answers.stream().map(answer -> map("campaign", answer.campaign(), "score", answer.score(),
                "comment", answer.comment(), "answeredAt", text(answer.answeredAt()))).toList());
        return document;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String text(Object time) {
        return time == null ? null : time.toString();
    }
}
