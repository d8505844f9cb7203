package fi.kanta.links;

import fi.kanta.customer.ContactRules.ConsentChannel;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an unsubscribe link says: whose it is, the consent channel the message came in (withdrawn
 * by the link), the campaign run that sent it and the day it was issued. The link carries it as a
 * compact binary payload, signed by {@link LinkSigner}.
 */
public record UnsubscribeToken(long customerId, ConsentChannel channel, String campaign, String runKey, LocalDate issued) {

    // a channel is written as its index here: the order is part of the link format, never reorder it
    private static final List<ConsentChannel> CHANNEL_CODES = List.of(ConsentChannel.EMAIL, ConsentChannel.NEWSLETTER,
            ConsentChannel.LETTER, ConsentChannel.FEEDBACK);

    public UnsubscribeToken {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(issued, "issued");
        TokenFields.requireRecipient(customerId, campaign, runKey);
    }

    /** customer id, channel, issued day, campaign, run key ({@link TokenFields}). */
    byte[] payload() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32);
        TokenFields.writeVarint(out, customerId);
        out.write(CHANNEL_CODES.indexOf(channel));
        TokenFields.writeVarint(out, issued.toEpochDay());
        TokenFields.writeText(out, campaign);
        TokenFields.writeText(out, runKey);
        return out.toByteArray();
    }

    /** The token a payload describes, or empty when it is not exactly one well-formed payload. */
    static Optional<UnsubscribeToken> read(byte[] payload) {
        ByteBuffer in = ByteBuffer.wrap(payload);
        try {
            long customerId = TokenFields.readVarint(in);
            int channel = in.get();
            long issuedDay = TokenFields.readVarint(in);
            String campaign = TokenFields.readText(in);
            String runKey = TokenFields.readText(in);
            if (in.hasRemaining() || channel < 0 || channel >= CHANNEL_CODES.size() || issuedDay > LocalDate.MAX.toEpochDay()) {
                return Optional.empty();
            }
            return Optional.of(new UnsubscribeToken(customerId, CHANNEL_CODES.get(channel), campaign, runKey,
                    LocalDate.ofEpochDay(issuedDay)));
        } catch (RuntimeException | CharacterCodingException e) {
            // a short buffer, an overlong varint, invalid UTF-8 or a value the constructor refuses
            return Optional.empty();
        }
    }
}
