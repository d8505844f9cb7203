package fi.kanta.outbox;

import java.util.Map;

/**
 * One outbox row ready to become a message: who it goes to (the customer, the name to show, the
 * email address and the postal address), their personal unsubscribe address, and the model the
 * templates get (plain maps of plain values, as templates/README.md lists them).
 *
 * @param externalId the shop's own id of the customer, as in its files
 */
public record Recipient(long customerId, String externalId, String fullName, String email, Address postal,
        String unsubscribeUrl, Map<String, Object> model) {

    /** Where a letter goes. */
    public record Address(String street, String postalCode, String city, String country) {
    }
}
