package fi.kanta.outbox;

import fi.kanta.delivery.RefusalWatch;
import fi.kanta.words.SaidError;

/**
 * Why a run stopped sending and what the server answered, as values of the run's refusal: said in
 * the language of whoever reads it (the command line's marketer, the console's user, the alert).
 */
final class RefusalWords {

    private RefusalWords() {
    }

    /** "10 emails in a row were refused (554 5.7.1 …, 10 times)". */
    static SaidError.Part stop(RefusalWatch.Stop stop) {
        return stop.inARow() ? new SaidError.Part("run.sending.refused-in-a-row", stop.refused(), reply(stop.reply()))
                : new SaidError.Part("run.sending.refused-share", stop.refused(), stop.window(), reply(stop.reply()));
    }

    /** The server's most common answer, with how often it came when more than once. */
    static SaidError.Text reply(RefusalWatch.Reply reply) {
        if (reply.answer() == null) {
            return new SaidError.Part("run.sending.no-refusal");
        }
        return reply.times() > 1 ? new SaidError.Part("run.sending.reply-times", reply.answer(), reply.times())
                : words -> reply.answer(); // the server's own words
    }
}
