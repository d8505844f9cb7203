package fi.kanta.outbox;

import fi.kanta.KantaHome;
import fi.kanta.campaign.RunDefinitions;
import fi.kanta.campaign.ChannelType;
import fi.kanta.progress.Progress;
import fi.kanta.render.PrintFile;
import fi.kanta.render.Renderer;
import fi.kanta.shop.ShopSettings;
import fi.kanta.words.Words;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Prints a run's letters: claims every PENDING letter (re-checking consent), writes the print
 * files (each letter on its own sheet, {@code kanta.letters.per-file} letters a file) and the
 * address list in the same order into {@code out/<campaign>/<run-key>/letters/}, then marks the
 * letters PRINTED; they become SENT when the marketer marks them posted ({@link LetterPosting}).
 * Nothing leaves the machine here, so a rerun simply prints the files again.
 */
class LetterPrinting implements Tasklet {

    private final RunDefinitions definitions;
    private final Outbox outbox;
    private final MessageModels models;
    private final Renderer renderer;
    private final KantaHome home;
    private final Progress progress;
    private final RunTemplates templates;
    private final ShopSettings shop;
    private final Words words;

    LetterPrinting(RunDefinitions definitions, Outbox outbox, MessageModels models, Renderer renderer, KantaHome home, Progress progress,
            RunTemplates templates, ShopSettings shop, Words words) {
        this.templates = templates;
        this.shop = shop;
        this.words = words;
        this.definitions = definitions;
        this.outbox = outbox;
        this.models = models;
        this.renderer = renderer;
        this.home = home;
        this.progress = progress;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        RunContext run = RunContext.of(chunkContext.getStepContext().getStepExecution().getJobParameters(), definitions, outbox);
        var channel = run.campaign().channel(ChannelType.LETTER);
        if (channel.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        // printed files are redone whole, so letters claimed by a stopped attempt are simply printed again
        outbox.prepareRestart(run.runId(), ChannelType.LETTER, false, run.now());
        if (outbox.count(run.runId(), ChannelType.LETTER, "PENDING") > 0) {
            templates.keepAtFirstSend(run.runId(), run.campaign(), run.now());
        }
        List<Long> claimed = outbox.claim(run.runId(), ChannelType.LETTER, Outbox.Contact.of(run.campaign(), ChannelType.LETTER), 1,
                Integer.MAX_VALUE, run.now());
        if (claimed.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        List<Recipient> letters = new ArrayList<>();
        for (int from = 0; from < claimed.size(); from += 1000) {
            letters.addAll(models.forRun(run.campaign(), run.runKey(), run.runId(), ChannelType.LETTER,
                    claimed.subList(from, Math.min(claimed.size(), from + 1000)), run.runDay()));
        }
        Path folder = home.out(run.campaign().name(), run.runKey(), "letters");
        List<PrintFile> files = renderer.writeLetters(renderer.open(channel.get().template()), folder,
                letters.stream().map(Recipient::model).toList());
        AddressList.write(folder, letters, files, shop.csvSeparator());
        outbox.markPrinted(run.runId(), claimed, run.now());
        contribution.incrementWriteCount(claimed.size());
        progress.message(words.count("run.letters.printed", claimed.size(), files.size(), home.home().relativize(folder.toAbsolutePath()),
                run.campaign().name() + "/" + run.runKey()));
        return RepeatStatus.FINISHED;
    }
}
