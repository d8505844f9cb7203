package fi.kanta.links;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a preferences link says: whose page it opens, the last day it does (emails get forwarded, so
 * the link expires) and whether it came in a test message or a preview (its page records nothing).
 * An email carries it signed ({@link PreferenceLinks}); a letter's short address is looked up into one.
 */
public record PreferenceLink(long customerId, LocalDate lastDay, boolean test) {

    public PreferenceLink {
        Objects.requireNonNull(lastDay, "lastDay");
        if (customerId < 0) {
            throw new IllegalArgumentException("customer id must not be negative, got " + customerId);
        }
    }

    /** customer id, last day, test flag ({@link TokenFields}). */
    byte[] payload() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(12);
        TokenFields.writeVarint(out, customerId);
        TokenFields.writeVarint(out, lastDay.toEpochDay());
        out.write(test ? 1 : 0);
        return out.toByteArray();
    }

    static Optional<PreferenceLink> read(byte[] payload) {
        ByteBuffer in = ByteBuffer.wrap(payload);
        try {
            long customerId = TokenFields.readVarint(in);
            long lastDay = TokenFields.readVarint(in);
            int test = in.get();
            if (in.hasRemaining() || lastDay > LocalDate.MAX.toEpochDay() || (test != 0 && test != 1)) {
                return Optional.empty();
            }
            return Optional.of(new PreferenceLink(customerId, LocalDate.ofEpochDay(lastDay), test == 1));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
