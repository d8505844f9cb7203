package fi.kanta.campaign;

import fi.kanta.cli.ExitCode;
import fi.kanta.cli.KantaCommand;
import fi.kanta.segment.Filter;
import fi.kanta.segment.Filter.Combine;
import fi.kanta.segment.Filter.Condition;
import fi.kanta.segment.Filter.Group;
import fi.kanta.segment.Operator;
import fi.kanta.segment.Segment;
import fi.kanta.segment.SegmentField;
import fi.kanta.KantaHome;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kanta preview CAMPAIGN --customer ID}: the data the templates get for this customer,
 * whether this run would select them (and if not, which stage leaves them out), and the real email
 * (.eml and .html) and letter (PDF) rendered for them under {@code out/<campaign>/preview/<id>/}.
 */
@Command(name = "preview", description = "Show one customer's data as the campaign's templates get it, and whether the run would pick them.")
public class PreviewCommand implements KantaCommand {

    @Parameters(paramLabel = "CAMPAIGN", description = "a campaign in jobs/, e.g. win-back")
    String name;

    @Option(names = "--customer", required = true, paramLabel = "ID", description = "the customer's id in the shop's files")
    String customer;

    @Option(names = "--run-key", paramLabel = "K", description = "the run to preview (default: the campaign's period now)")
    String runKey;

    @Override
    public int call(ApplicationContext context) throws java.io.IOException {
        Campaign campaign = context.getBean(Campaigns.class).named(name);
        MessageModels models = context.getBean(MessageModels.class);
        long customerId = models.customerId(customer);
        ZonedDateTime now = ZonedDateTime.now(campaign.zone());
        String key = CampaignRuns.runKey(campaign, now, runKey);

        System.out.println(campaign.name() + "/" + key + ", customer " + customer + ": " + verdict(context, campaign, key, now));
        Map<String, Object> model = models.preview(campaign, key, customerId, now.toLocalDate());
        System.out.println("The templates get (the offer code is a sample; the run makes the real one):");
        print(model, "  ");
        Path folder = context.getBean(KantaHome.class).out(campaign.name(), "preview", customer.replaceAll("[^A-Za-z0-9._-]", "_"));
        for (Path file : new PreviewFiles(context).write(campaign, key, customerId, model, folder)) {
            System.out.println("Wrote " + file);
        }
        return ExitCode.DONE;
    }

    /** The selection for this one customer: in which group and channel, or the stage that leaves them out. */
    private String verdict(ApplicationContext context, Campaign campaign, String key, ZonedDateTime now) {
        Filter one = new Group(Combine.ALL, List.of(campaign.segment().filter(),
                new Condition(SegmentField.EXTERNAL_ID, Operator.EQUALS, List.of(customer))));
        SelectionResult result = context.getBean(RecipientSelection.class)
                .dryRun(campaign.withSegment(new Segment(campaign.segment().name(), "", one)), key, now.toLocalDateTime());
        if (result.segmentMembers() == 0) {
            return "not in the segment \"" + campaign.segment().name() + "\"";
        }
        if (!result.removed().isEmpty()) {
            return "in the segment, but left out: " + result.removed().keySet().iterator().next().label();
        }
        var channel = result.channels().entrySet().iterator().next();
        return (channel.getValue().holdout() > 0 ? "in the HOLDOUT (recorded, not contacted)" : "a TARGET") + ", by "
                + channel.getKey().id() + " (before duplicates, budget and maximum, which depend on the whole run)";
    }

    @SuppressWarnings("unchecked")
    private static void print(Map<String, Object> map, String indent) {
        map.forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested) {
                System.out.println(indent + key + ":");
                print((Map<String, Object>) nested, indent + "  ");
            } else {
                System.out.println(indent + key + ": " + (value == null ? "(not set)" : value));
            }
        });
    }
}
