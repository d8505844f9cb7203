package fi.kanta.console.customers;

/** A customer as the search lists them. */
public record FoundCustomer(long id, String externalId, String firstName, String lastName, String email, String postalCode,
                            String city) {
}
