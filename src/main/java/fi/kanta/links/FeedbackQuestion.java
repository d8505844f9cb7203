package fi.kanta.links;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.util.Optional;

/**
 * One post-purchase feedback question as its links name it: the customer asked and the campaign
 * run that asked. One answer per question (a later answer replaces it). The score is not part of
 * it: the eleven links of an email differ only in the score they preselect (see {@link FeedbackLinks}).
 */
public record FeedbackQuestion(long customerId, String campaign, String runKey) {

    public FeedbackQuestion {
        TokenFields.requireRecipient(customerId, campaign, runKey);
    }

    /** customer id, campaign, run key ({@link TokenFields}). */
    byte[] payload() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32);
        TokenFields.writeVarint(out, customerId);
        TokenFields.writeText(out, campaign);
        TokenFields.writeText(out, runKey);
        return out.toByteArray();
    }

    /** The question a payload names, or empty when it is not exactly one well-formed payload. */
    static Optional<FeedbackQuestion> read(byte[] payload) {
        ByteBuffer in = ByteBuffer.wrap(payload);
        try {
            FeedbackQuestion question = new FeedbackQuestion(TokenFields.readVarint(in), TokenFields.readText(in),
                    TokenFields.readText(in));
            return in.hasRemaining() ? Optional.empty() : Optional.of(question);
        } catch (RuntimeException | CharacterCodingException e) {
            // a short buffer, an overlong varint, invalid UTF-8 or a value the constructor refuses
            return Optional.empty();
        }
    }
}
