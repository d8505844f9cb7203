package fi.kanta.lists;

import fi.kanta.KantaHome;
import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.Campaigns;
import fi.kanta.campaign.ChannelType;
import fi.kanta.delivery.DeliveryOutcome;
import fi.kanta.delivery.DeliveryStatus;
import fi.kanta.delivery.HandOver;
import fi.kanta.delivery.Mailbox;
import fi.kanta.delivery.Mailer;
import fi.kanta.delivery.Mailers;
import fi.kanta.delivery.OutgoingEmail;
import fi.kanta.outbox.CampaignEmails;
import fi.kanta.outbox.MessageModels;
import fi.kanta.outbox.Recipient;
import fi.kanta.render.PrintFile;
import fi.kanta.render.Renderer;
import fi.kanta.selection.RecipientSelection;
import fi.kanta.selection.SelectionResult;
import fi.kanta.words.SaidError;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * A test send: the real messages of a few sample recipients of a campaign's run (its dry-run
 * selection), rendered as a preview is, sent to the marketer's own address only: the subject marked
 * "[TEST]", each with a Message-ID of its own, and personal links that act on no one. No run, job
 * instance or outbox row is made, and nothing counts toward the frequency cap. Letters go into one
 * PDF under {@code out/<campaign>/test/}.
 */
@Service
public class TestSends {

    public static final String SUBJECT_MARK = "[TEST] ";

    private final Campaigns campaigns;
    private final RecipientSelection selection;
    private final MessageModels models;
    private final PreviewFiles files;
    private final Mailers mailers;
    private final TestSendSettings settings;
    private final KantaHome home;

    TestSends(Campaigns campaigns, RecipientSelection selection, MessageModels models, Renderer renderer, CampaignEmails emails,
            Mailers mailers, TestSendSettings settings, KantaHome home) {
        this.campaigns = campaigns;
        this.selection = selection;
        this.models = models;
        this.files = new PreviewFiles(renderer, emails, mailers);
        this.mailers = mailers;
        this.settings = settings;
        this.home = home;
    }

    /** What a test send sent: the sample customers by channel, where the emails went and the letters' file. */
    public record Sent(Campaign campaign, String runKey, String address, Map<String, ChannelType> samples, String destination,
            List<DeliveryOutcome> emails, Optional<Path> letters) {

        public long delivered() {
            return emails.stream().filter(outcome -> outcome.status() == DeliveryStatus.SENT).count();
        }
    }

    public Sent send(String campaignName, String address, int sample) throws IOException {
        String to = address.strip();
        if (settings.testAddresses().stream().noneMatch(listed -> listed.strip().equalsIgnoreCase(to))) {
            throw new SaidError("test-send.not-listed", to, home.home().resolve("kanta.properties"));
        }
        Campaign campaign = campaigns.named(campaignName);
        ZonedDateTime now = ZonedDateTime.now(campaign.zone());
        String runKey = campaign.runKey(now, null);
        List<SelectionResult.Sample> chosen = selection.dryRun(campaign, runKey, now.toLocalDateTime()).samples().stream()
                .filter(candidate -> !candidate.holdout()).limit(sample).toList();
        if (chosen.isEmpty()) {
            throw new SaidError("test-send.no-one", campaign.name());
        }
        String batch = UUID.randomUUID().toString().substring(0, 8);
        Map<String, ChannelType> samples = new LinkedHashMap<>();
        List<OutgoingEmail> emails = new ArrayList<>();
        List<Recipient> letters = new ArrayList<>();
        for (SelectionResult.Sample one : chosen) {
            Recipient recipient = models.forTest(campaign, runKey, models.customerId(one.externalId()), now.toLocalDate());
            samples.put(one.externalId(), one.channel());
            if (one.channel() == ChannelType.LETTER) {
                letters.add(recipient);
            } else {
                emails.add(test(files.email(campaign, runKey, recipient), to, batch, emails.size() + 1, one.externalId()));
            }
        }
        Path folder = home.out(campaign.name(), "test");
        List<DeliveryOutcome> outcomes = List.of();
        if (!emails.isEmpty()) {
            try (Mailer mailer = mailers.open(folder.resolve("emails"), HandOver.NONE)) {
                outcomes = mailer.send(emails);
            }
        }
        Optional<Path> pdf = Optional.empty();
        if (!letters.isEmpty()) {
            List<PrintFile> printed = files.letters(campaign, letters, folder.resolve("letters-" + batch));
            pdf = printed.stream().findFirst().map(PrintFile::file);
        }
        return new Sent(campaign, runKey, to, samples, mailers.destination(folder.resolve("emails")), outcomes, pdf);
    }

    /** The run's email, marked as a test and sent to the marketer: its own Message-ID, the customer named in a header. */
    private static OutgoingEmail test(OutgoingEmail email, String to, String batch, int number, String customer) {
        Map<String, String> headers = new LinkedHashMap<>(email.extraHeaders());
        headers.put("X-Kanta-Test", "a test of customer " + customer + "'s message");
        String messageId = email.messageId().replaceFirst("^<", "<test-" + batch + "-" + number + ".");
        return new OutgoingEmail(email.from(), new Mailbox(to, ""), SUBJECT_MARK + email.subject(), email.html(), email.text(),
                messageId, email.listUnsubscribe(), headers);
    }
}
