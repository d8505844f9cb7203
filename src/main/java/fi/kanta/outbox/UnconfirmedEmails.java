package fi.kanta.outbox;

import fi.kanta.words.SaidError;
import java.time.ZoneOffset;
import fi.kanta.words.Words;

/**
 * A run that sent what it could, but some of whose emails may not have arrived (UNCONFIRMED: in
 * flight when a process died or a connection broke). It ends FAILED, so that a resume can still
 * send them again on the marketer's word, and with an exit code of its own, not as if all were sent.
 */
public class UnconfirmedEmails extends SaidError {

    private final long unconfirmed;
    private final String run;

    public UnconfirmedEmails(long unconfirmed, String run) {
        super(Words.english(ZoneOffset.UTC).count("run.sending.unconfirmed-end", unconfirmed, run), (Throwable) null);
        this.unconfirmed = unconfirmed;
        this.run = run;
    }

    @Override
    public String said(Words words) {
        return words.count("run.sending.unconfirmed-end", unconfirmed, run);
    }
}
