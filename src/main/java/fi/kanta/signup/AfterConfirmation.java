package fi.kanta.signup;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Called in the transaction that confirms a sign-up, after the consent rows are written: the place
 * for whatever else a confirmed double opt-in changes. Erasure keeps hashes of erased email keys to
 * stop a later import bringing a person back; a person who signs up again and confirms has asked to
 * come back, so erasure's implementation of this forgets the hash of {@code emailKey}. Every bean
 * of this type is called; there is none by default.
 */
public interface AfterConfirmation {

    /**
     * @param emailKey    the confirmed address's key ({@code customer.email_key})
     * @param customerIds the customers who got the consent (the prospect made for it, or every
     *                    customer with the address)
     * @param confirmedAt the confirmation's shop-local time, the consent rows' {@code given_at}
     */
    void confirmed(String emailKey, List<Long> customerIds, LocalDateTime confirmedAt);
}
