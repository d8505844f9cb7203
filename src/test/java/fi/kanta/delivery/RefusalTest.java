package fi.kanta.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Only answers about the mailbox itself suppress an address; relay, policy and content refusals do not. */
class RefusalTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            550 | 550 5.1.1 <anna@example.fi>: Recipient address rejected: User unknown | MAILBOX_GONE
            550 | 5.1.1 User unknown                                                   | MAILBOX_GONE
            550 | 550-5.1.1 The email account that you tried to reach does not exist   | MAILBOX_GONE
            553 | 553 5.1.3 Bad recipient address syntax                               | MAILBOX_GONE
            550 | 550 5.1.2 Host unknown                                               | MAILBOX_GONE
            556 | 556 5.1.10 Recipient address has null MX                             | MAILBOX_GONE
            550 | 550 5.2.1 Mailbox disabled, not accepting messages                   | MAILBOX_GONE
            554 | 554 5.7.1 <anna@example.fi>: Relay access denied                     | MESSAGE_REFUSED
            550 | 550 5.7.1 Client host rejected: cannot find your hostname            | MESSAGE_REFUSED
            530 | 530 5.7.0 Authentication required                                    | MESSAGE_REFUSED
            552 | 552 5.2.2 Mailbox full                                               | MESSAGE_REFUSED
            552 | 552 5.2.3 Message length exceeds administrative limit                | MESSAGE_REFUSED
            550 | 550 Requested action not taken: mailbox unavailable                  | MESSAGE_REFUSED
            550 | 550 5.1.11 something we do not know                                  | MESSAGE_REFUSED
            554 | 554 5.7.1 Message content rejected                                   | MESSAGE_REFUSED
            450 | 450 4.2.1 Mailbox busy                                               | TEMPORARY
            451 | 451 5.1.1 odd: a temporary code wins over its enhanced code          | TEMPORARY
              0 | connection reset                                                     | TEMPORARY
            """)
    void readsTheReplyCodeAndTheEnhancedCode(int code, String reply, Refusal expected) {
        assertThat(Refusal.of(code, reply)).isEqualTo(expected);
    }
}
