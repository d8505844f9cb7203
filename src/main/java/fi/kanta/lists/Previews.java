package fi.kanta.lists;

import fi.kanta.KantaHome;
import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.Campaigns;
import fi.kanta.delivery.Mailers;
import fi.kanta.outbox.CampaignEmails;
import fi.kanta.outbox.MessageModels;
import fi.kanta.outbox.Recipient;
import fi.kanta.render.Renderer;
import fi.kanta.segment.Filter;
import fi.kanta.segment.Filter.Combine;
import fi.kanta.segment.Filter.Condition;
import fi.kanta.segment.Filter.Group;
import fi.kanta.segment.Operator;
import fi.kanta.segment.Segment;
import fi.kanta.segment.SegmentField;
import fi.kanta.segment.SegmentReasons;
import fi.kanta.selection.RecipientSelection;
import fi.kanta.selection.SelectionResult;
import fi.kanta.words.Words;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * One customer as a campaign's run would see them: whether the run would select them (and if not,
 * which stage leaves them out), the data the templates get, and their real email (.eml and .html)
 * and letter (PDF) rendered under {@code out/<campaign>/preview/<id>/}.
 */
@Service
public class Previews {

    private final Campaigns campaigns;
    private final MessageModels models;
    private final RecipientSelection selection;
    private final PreviewFiles files;
    private final KantaHome home;
    private final SegmentReasons reasons;
    private final LeftOutReasons leftOut;
    private final Words words;

    Previews(Campaigns campaigns, MessageModels models, RecipientSelection selection, Renderer renderer, CampaignEmails emails,
            Mailers mailers, KantaHome home, SegmentReasons reasons, LeftOutReasons leftOut, Words words) {
        this.words = words;
        this.campaigns = campaigns;
        this.models = models;
        this.selection = selection;
        this.files = new PreviewFiles(renderer, emails, mailers);
        this.home = home;
        this.reasons = reasons;
        this.leftOut = leftOut;
    }

    /**
     * A customer (by the shop's id) in a campaign's run: the verdict in the marketer's words and
     * the template data (its offer code a sample; the run makes the real one).
     */
    public record Preview(Campaign campaign, String runKey, String customer, String verdict, Optional<String> reward,
            Recipient recipient) {

        /** The template data. */
        public Map<String, Object> model() {
            return recipient.model();
        }
    }

    /** The customer in the named campaign's run now (or the run key given). */
    public Preview of(String campaignName, String customer, String givenRunKey) {
        return of(campaignName, customer, givenRunKey, false, words);
    }

    /**
     * As {@link #of}, with personal links that act on no one ({@code links/TestLinks}): for a
     * preview shown where someone may click them, e.g. the console; the verdict and the reward said in
     * {@code in}, e.g. the console page's language rather than the command line's.
     */
    public Preview withTestLinks(String campaignName, String customer, Words in) {
        return of(campaignName, customer, null, true, in);
    }

    private Preview of(String campaignName, String customer, String givenRunKey, boolean testLinks, Words words) {
        Campaign campaign = campaigns.named(campaignName);
        long customerId = models.customerId(customer);
        ZonedDateTime now = ZonedDateTime.now(campaign.zone());
        String runKey = campaign.runKey(now, givenRunKey);
        String verdict = verdict(campaign, customer, runKey, now, words);
        Recipient recipient = testLinks
                ? models.forTest(campaign, runKey, customerId, now.toLocalDate())
                : models.preview(campaign, runKey, customerId, now.toLocalDate());
        return new Preview(campaign, runKey, customer, verdict, reward(campaign, recipient, words), recipient);
    }

    /**
     * Which reward the customer would get and why, e.g. "Reward 1 of 3, 25 %: their favourite category
     * is Shoes"; none for a campaign without an offer, or whose offer is one discount for everyone
     * (there is no choice to explain, and the discount is in the data below).
     */
    private Optional<String> reward(Campaign campaign, Recipient recipient, Words words) {
        if (campaign.offer().isEmpty() || campaign.offer().get().rewards().size() < 2) {
            return Optional.empty();
        }
        Campaign.Offer offer = campaign.offer().get();
        Map<?, ?> fields = (Map<?, ?>) recipient.model().get("offer");
        Campaign.Reward reward = offer.reward((Integer) fields.get("reward"));
        String why = reward.signal() == Campaign.RewardSignal.EVERYONE_ELSE
                ? words.text(offer.rewards().size() > 1 && models.notProfiled(recipient.customerId())
                        ? "preview.reward.why.not-profiled" : "preview.reward.why.everyone-else")
                : words.text("preview.reward.why." + reward.signal().id(), fields.get("rewardCategory"));
        return Optional.of(words.text("preview.reward", reward.number(), offer.rewards().size(), reward.discount(), why));
    }

    /** Renders the preview's email and letter exactly as the run would; returns the files written. */
    public List<Path> write(Preview preview) throws IOException {
        Path folder = home.out(preview.campaign().name(), "preview", preview.customer().replaceAll("[^A-Za-z0-9._-]", "_"));
        return files.write(preview.campaign(), preview.runKey(), preview.recipient(), folder);
    }

    /** The selection for this one customer: in which group and channel, or the stage that leaves them out. */
    private String verdict(Campaign campaign, String customer, String runKey, ZonedDateTime now, Words words) {
        Filter one = new Group(Combine.ALL, List.of(campaign.segment().filter(),
                new Condition(SegmentField.EXTERNAL_ID, Operator.EQUALS, List.of(customer))));
        SelectionResult result = selection.dryRun(campaign.withSegment(new Segment(campaign.segment().name(), "", one)), runKey,
                now.toLocalDateTime());
        if (result.segmentMembers() == 0) {
            List<String> failed = reasons.whyNot(campaign.segment().filter(), customer, now.toLocalDate());
            // the conditions quote the definition, so they stay as written there
            return words.text("preview.not-selected", campaign.segment().name(),
                    failed.isEmpty() ? words.text("preview.not-a-member") : String.join("; ", failed));
        }
        if (!result.removed().isEmpty()) {
            return words.text("preview.left-out") + leftOut.in(words).why(campaign, result.removed().keySet().iterator().next(), customer,
                    now.toLocalDate());
        }
        var channel = result.channels().entrySet().iterator().next();
        return words.text(channel.getValue().holdout() > 0 ? "preview.holdout" : "preview.target", channel.getKey().id(),
                Math.round(campaign.holdout() * 100));
    }
}
