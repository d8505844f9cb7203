package fi.kanta.console.customers;

import java.util.List;

/**
 * One customer and their history, newest first.
 *
 * @param suppressed whether a suppression of theirs (by customer or email address) stands now
 * @param shortened  the time line shows the newest {@link CustomerTimeline#MOST} moments only
 */
public record CustomerHistory(CustomerCard card, List<Moment> moments, boolean suppressed, boolean shortened) {

    /** Who the customer is, as the page's head shows them. */
    public record CustomerCard(long id, String externalId, String firstName, String lastName, String email, String phone,
                               String street, String postalCode, String city, String country, String language) {
    }
}
