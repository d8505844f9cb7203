package fi.kanta.outbox;

import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.RunDefinitions;
import fi.kanta.campaign.ChannelType;
import fi.kanta.render.CampaignTemplates;
import fi.kanta.render.GlyphCheck;
import fi.kanta.render.Renderer;
import fi.kanta.words.SaidError;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Before anything is sent (and on every restart): the templates are those the run kept at its first
 * send, if it has sent anything ({@link RunTemplates}); every channel with messages to go has its templates, and they render in
 * every language (a missing variable or a syntax error names template and line); every letter's
 * name and address can be printed by the letter font (else the recipients are named).
 */
class DeliveryCheck implements Tasklet {

    private final RunDefinitions definitions;
    private final Outbox outbox;
    private final MessageModels models;
    private final Renderer renderer;
    private final JdbcTemplate jdbc;
    private final RunTemplates templates;
    private final ShopIdentity shop;

    DeliveryCheck(RunDefinitions definitions, Outbox outbox, MessageModels models, Renderer renderer, JdbcTemplate jdbc,
            RunTemplates templates, ShopIdentity shop) {
        this.shop = shop;
        this.templates = templates;
        this.definitions = definitions;
        this.outbox = outbox;
        this.models = models;
        this.renderer = renderer;
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunContext run = RunContext.of(chunkContext.getStepContext().getStepExecution().getJobParameters(), definitions, outbox);
        // after the first send, the templates must be the ones the run kept (or the changes accepted)
        templates.requireUnchanged(run.campaign().name(), run.runKey(), run.campaign());
        Set<ChannelType> sending = EnumSet.noneOf(ChannelType.class);
        for (Campaign.Channel channel : run.campaign().channels()) {
            List<Long> pending = jdbc.queryForList("SELECT customer_id FROM campaign_recipient WHERE run_id = ? AND channel = ?"
                    + " AND status IN ('PENDING', 'FAILED') ORDER BY ranking", Long.class, run.runId(), channel.type().id());
            if (pending.isEmpty()) {
                continue;
            }
            sending.add(channel.type());
            CampaignTemplates templates = checked(channel.template());
            boolean letter = channel.type() == ChannelType.LETTER;
            if (letter ? !templates.hasLetter() : !templates.hasEmail()) {
                throw new SaidError("run.check.no-template", channel.template(),
                        letter ? "letter.html" : "email.html + email.txt", channel.type().id(), run.name());
            }
            if (letter) {
                requirePrintable(run, pending);
            }
        }
        shop.requireForSending(run.name(), sending.contains(ChannelType.LETTER), sending.contains(ChannelType.EMAIL));
        return RepeatStatus.FINISHED;
    }

    /** The templates, checked; a problem is a said error (the run's failure says it in its reader's language). */
    private CampaignTemplates checked(String template) {
        return renderer.open(template);
    }

    private void requirePrintable(RunContext run, List<Long> letters) {
        List<GlyphCheck.Problem> problems = new ArrayList<>();
        for (int from = 0; from < letters.size(); from += 1000) {
            List<Map<String, Object>> batch = models.forRun(run.campaign(), run.runKey(), run.runId(), ChannelType.LETTER,
                    letters.subList(from, Math.min(letters.size(), from + 1000)), run.runDay()).stream().map(Recipient::model).toList();
            problems.addAll(renderer.unprintable(batch));
        }
        if (!problems.isEmpty()) {
            throw SaidError.counted("run.check.unprintable", problems.size(), GlyphCheck.described(problems));
        }
    }
}
