package fi.kanta.erasure;

import fi.kanta.signup.AfterConfirmation;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A person erased at their request who signs up again and confirms has asked to come back: the hash
 * that kept their email address out of imports is forgotten (docs/architecture.md "Erasure").
 */
@Component
class ComingBack implements AfterConfirmation {

    private final Erasures erasures;

    ComingBack(Erasures erasures) {
        this.erasures = erasures;
    }

    @Override
    public void confirmed(String emailKey, List<Long> customerIds, LocalDateTime confirmedAt) {
        erasures.forgive(emailKey);
    }
}
