package fi.kanta.delivery;

import static fi.kanta.delivery.Emails.messageId;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SmtpMailer against a server that refuses, defers and hangs up, as real ones do. */
class SmtpMailerFaultTest {

    private FaultySmtpServer server;
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @BeforeEach
    void start() throws Exception {
        server = new FaultySmtpServer();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private List<DeliveryOutcome> send(int connections, int retries, List<OutgoingEmail> emails) {
        try (SmtpMailer mailer = new SmtpMailer(SmtpServer.at("127.0.0.1", server.port()),
                new EmailComposer(Emails.CLOCK), Emails.settings(connections, retries), RateLimiter.unlimited(),
                sleeper)) {
            return mailer.send(emails);
        }
    }

    @Test
    void messagesDeferredWith451AreRetriedWithDoublingPausesAndThenDelivered() {
        server.onEndOfData(n -> n <= 3 ? "451 4.3.0 Try again later" : FaultySmtpServer.OK);

        List<DeliveryOutcome> outcomes = send(1, 3, Emails.many(2));

        assertThat(outcomes).extracting(DeliveryOutcome::status).containsExactly(DeliveryStatus.SENT,
                DeliveryStatus.SENT);
        assertThat(outcomes.get(0).attempts()).isEqualTo(4);
        assertThat(outcomes.get(1).attempts()).isEqualTo(1);
        assertThat(sleeper.pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(server.acceptedMessageIds()).containsExactly(messageId(1), messageId(2));
    }

    @Test
    void aServerClosingWith421IsReconnectedAndTheMessageDelivered() {
        server.onMail(n -> n <= 2 ? "421 4.3.2 Service shutting down" : "250 2.1.0 Ok");

        List<DeliveryOutcome> outcomes = send(1, 3, Emails.many(3));

        assertThat(outcomes).extracting(DeliveryOutcome::status).containsOnly(DeliveryStatus.SENT);
        assertThat(outcomes.get(0).attempts()).isEqualTo(3);
        assertThat(server.sessions()).as("one session per 421, then one for the rest").isEqualTo(3);
        assertThat(server.acceptedMessageIds()).containsExactly(messageId(1), messageId(2), messageId(3));
    }

    @Test
    void deferralsThatOutlastTheRetriesAreReportedRetryableWithTheServersReply() {
        server.onEndOfData(n -> "451 4.7.1 Greylisted, come back later");

        List<DeliveryOutcome> outcomes = send(1, 2, Emails.many(1));

        assertThat(outcomes.get(0).status()).isEqualTo(DeliveryStatus.FAILED_RETRYABLE);
        assertThat(outcomes.get(0).attempts()).isEqualTo(3);
        assertThat(outcomes.get(0).replyCode()).isEqualTo(451);
        assertThat(outcomes.get(0).reply()).contains("Greylisted");
        assertThat(server.accepted()).isEmpty();
    }

    @Test
    void unknownRecipientsBounceWithTheReplyAndTheOthersAreSentOnTheSameConnection() {
        server.onRcpt(address -> address.startsWith("customer-2@") || address.startsWith("customer-4@")
                ? "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown" : "250 2.1.5 Ok");

        List<DeliveryOutcome> outcomes = send(1, 3, Emails.many(5));

        assertThat(outcomes).extracting(DeliveryOutcome::status).containsExactly(DeliveryStatus.SENT,
                DeliveryStatus.BOUNCED, DeliveryStatus.SENT, DeliveryStatus.BOUNCED, DeliveryStatus.SENT);
        assertThat(outcomes.get(1).replyCode()).isEqualTo(550);
        assertThat(outcomes.get(1).reply()).contains("User unknown").contains("customer-2@example.fi");
        assertThat(outcomes.get(1).attempts()).as("a bounce is not retried").isEqualTo(1);
        assertThat(sleeper.pauses).isEmpty();
        assertThat(server.sessions()).isEqualTo(1);
        assertThat(server.acceptedMessageIds()).containsExactly(messageId(1), messageId(3), messageId(5));
    }

    @Test
    void aRelayOrPolicyRefusalOfTheRecipientIsRejectedNotBouncedAndTheReplyKept() {
        server.onRcpt(address -> address.startsWith("customer-1@") ? "554 5.7.1 <" + address + ">: Relay access denied"
                : address.startsWith("customer-2@") ? "550 Requested action not taken"
                : address.startsWith("customer-3@") ? "552 5.2.2 Mailbox full" : "250 2.1.5 Ok");

        List<DeliveryOutcome> outcomes = send(1, 3, Emails.many(4));

        assertThat(outcomes).extracting(DeliveryOutcome::status).containsExactly(DeliveryStatus.REJECTED,
                DeliveryStatus.REJECTED, DeliveryStatus.REJECTED, DeliveryStatus.SENT);
        assertThat(outcomes.get(0).replyCode()).isEqualTo(554);
        assertThat(outcomes.get(0).reply()).contains("5.7.1").contains("Relay access denied");
        assertThat(server.sessions()).as("a refused recipient leaves the session in step").isEqualTo(1);
    }

    @Test
    void aRefusalOfTheSenderNeverBouncesTheRecipient() {
        server.onMail(n -> "553 5.1.8 Sender address rejected: Domain not found");

        assertThat(send(1, 3, Emails.many(1)).get(0).status()).isEqualTo(DeliveryStatus.REJECTED);
    }

    @Test
    void aMessageRefusedAfterDataWithoutAnAddressProblemIsRejectedNotBounced() {
        server.onEndOfData(n -> n == 1 ? "554 5.7.1 Message content rejected" : FaultySmtpServer.OK);

        List<DeliveryOutcome> outcomes = send(1, 3, Emails.many(2));

        assertThat(outcomes).extracting(DeliveryOutcome::status).containsExactly(DeliveryStatus.REJECTED,
                DeliveryStatus.SENT);
        assertThat(outcomes.get(0).reply()).contains("content rejected");
    }

    @Test
    void aMailboxUnknownReportedAfterDataStillBounces() {
        server.onEndOfData(n -> n == 1 ? "550 5.1.1 Mailbox does not exist" : FaultySmtpServer.OK);

        assertThat(send(1, 3, Emails.many(1)).get(0).status()).isEqualTo(DeliveryStatus.BOUNCED);
    }

    @Test
    void aConnectionDroppedBeforeTheMessageWasWrittenIsReopenedAndTheMessageSent() {
        server.onData(n -> n == 2 ? null : "354 go ahead");

        List<DeliveryOutcome> outcomes = send(1, 3, Emails.many(4));

        assertThat(outcomes).extracting(DeliveryOutcome::status).containsOnly(DeliveryStatus.SENT);
        assertThat(outcomes.get(1).attempts()).isEqualTo(2);
        assertThat(server.sessions()).isEqualTo(2);
        assertThat(server.acceptedMessageIds()).containsExactly(messageId(1), messageId(2), messageId(3),
                messageId(4));
    }

    @Test
    void aConnectionDroppedAfterTheWholeMessageIsUnconfirmedNotResentAndTheRunGoesOn() {
        server.onEndOfData(n -> n == 2 ? null : FaultySmtpServer.OK);

        List<DeliveryOutcome> outcomes = send(1, 3, Emails.many(4));

        assertThat(outcomes).extracting(DeliveryOutcome::status).containsExactly(DeliveryStatus.SENT,
                DeliveryStatus.UNCONFIRMED, DeliveryStatus.SENT, DeliveryStatus.SENT);
        assertThat(outcomes.get(1).attempts()).isEqualTo(1);
        assertThat(server.sessions()).isEqualTo(2);
        assertThat(server.acceptedMessageIds()).containsExactly(messageId(1), messageId(3), messageId(4));
    }

    @Test
    void aServerThatCannotBeReachedThroughTheRetriesFailsTheRestAtOnce() throws Exception {
        int port = server.port();
        server.close();
        try (SmtpMailer mailer = new SmtpMailer(SmtpServer.at("127.0.0.1", port), new EmailComposer(Emails.CLOCK),
                Emails.settings(1, 1), RateLimiter.unlimited(), sleeper)) {
            List<DeliveryOutcome> outcomes = mailer.send(Emails.many(3));

            assertThat(outcomes).extracting(DeliveryOutcome::status).containsOnly(DeliveryStatus.FAILED_RETRYABLE);
            assertThat(outcomes.get(0).reply()).startsWith("cannot connect");
            assertThat(outcomes.get(0).attempts()).isEqualTo(2);
            assertThat(outcomes.subList(1, 3)).allSatisfy(later -> {
                assertThat(later.attempts()).as("not tried once the server is known to be down").isZero();
                assertThat(later.reply()).startsWith("not tried: cannot connect");
            });
            assertThat(sleeper.pauses).hasSize(1);
            assertThat(mailer.unreachable()).isPresent();
        }
    }

    @Test
    void connectionsAreKeptOpenAcrossMessagesAndFlushes() {
        try (SmtpMailer mailer = new SmtpMailer(SmtpServer.at("127.0.0.1", server.port()),
                new EmailComposer(Emails.CLOCK), Emails.settings(3, 0), RateLimiter.unlimited(), sleeper)) {
            List<OutgoingEmail> emails = Emails.many(60);
            List<DeliveryOutcome> first = mailer.send(emails.subList(0, 30));
            List<DeliveryOutcome> second = mailer.send(emails.subList(30, 60));

            assertThat(first).extracting(DeliveryOutcome::messageId)
                    .containsExactlyElementsOf(emails.subList(0, 30).stream().map(OutgoingEmail::messageId).toList());
            assertThat(second).extracting(DeliveryOutcome::status).containsOnly(DeliveryStatus.SENT);
            assertThat(mailer.sessionsOpened()).isEqualTo(server.sessions());
        }
        // at most one per connection (a connection that happened to get no message opens none)
        assertThat(server.sessions()).as("SMTP sessions the server saw for 60 messages").isBetween(1, 3);
        assertThat(server.accepted()).hasSize(60);
    }
}
