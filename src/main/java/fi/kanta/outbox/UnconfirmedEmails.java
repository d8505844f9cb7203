package fi.kanta.outbox;

import fi.kanta.UserError;
import fi.kanta.words.Words;

/**
 * A run that sent what it could, but some of whose emails may not have arrived (UNCONFIRMED: in
 * flight when a process died or a connection broke). It ends FAILED, so that a resume can still
 * send them again on the marketer's word, and with an exit code of its own, not as if all were sent.
 */
public class UnconfirmedEmails extends UserError {

    public UnconfirmedEmails(long unconfirmed, String run, Words words) {
        super(words.count("run.sending.unconfirmed-end", unconfirmed, run));
    }
}
