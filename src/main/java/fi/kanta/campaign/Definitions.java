package fi.kanta.campaign;

import fi.kanta.UserError;
import fi.kanta.customer.PurchaseCategories;
import fi.kanta.render.CampaignTemplates;
import fi.kanta.render.MissingCategoryText;
import fi.kanta.render.Renderer;
import fi.kanta.render.TemplateProblem;
import fi.kanta.words.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Checks every definition in {@code jobs/} as a run would use it: each file reads without error,
 * and each campaign's templates render in every language the shop writes in (the check a run makes
 * before sending). Every mistake names its file and line. A category in the purchases with no text of its
 * own where the templates have per-category texts is a warning, not an error: its customers get the
 * generic text.
 */
@Service
public class Definitions {

    private final Campaigns campaigns;
    private final Renderer renderer;
    private final PurchaseCategories categories;
    private final Words words;

    Definitions(Campaigns campaigns, Renderer renderer, PurchaseCategories categories, Words words) {
        this.campaigns = campaigns;
        this.renderer = renderer;
        this.categories = categories;
        this.words = words;
    }

    /**
     * Every file checked, the segments file first; and the categories of the purchases that a
     * campaign's per-category texts do not cover, by campaign, language and category; and the
     * per-reward texts one language has and another lacks.
     */
    public record Validation(List<CheckedDefinition> files, List<MissingCategoryText> missingCategoryTexts,
                             List<fi.kanta.render.MissingCategoryName> missingCategoryNames, List<UnknownRewardCategory> unknownRewardCategories,
                             List<MissingCategoryText> missingRewardTexts) {

        public Validation(List<CheckedDefinition> files, List<MissingCategoryText> missingCategoryTexts) {
            this(files, missingCategoryTexts, List.of(), List.of(), List.of());
        }

        /** Files with at least one mistake. */
        public long errors() {
            return files.stream().filter(file -> file.error().isPresent()).count();
        }

        /** Mistakes in all files together (a file can have several, one a line). */
        public long mistakes() {
            return files.stream().mapToLong(file -> file.error().map(error -> error.lines().count()).orElse(0L)).sum();
        }
    }

    public Validation validate() {
        return validate(words);
    }

    /** The same, the mistakes said in {@code said} (the console's user's language). */
    public Validation validate(Words said) {
        if (campaigns.names().isEmpty()) {
            throw campaigns.noneYet();
        }
        List<CheckedDefinition> read = campaigns.readAll(said);
        // each campaign's templates are rendered on an engine of their own, so they are checked on
        // threads of their own; the purchases' categories are read meanwhile
        List<Future<Checked>> checks = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(Math.max(1, Math.min(read.size(),
                Runtime.getRuntime().availableProcessors())), Definitions::templateCheckThread);
        try {
            read.forEach(definition -> checks.add(threads.submit(() -> withTemplates(definition, said))));
            // the purchases' categories without a name a customer reads (templates/categories.csv), in any language the shop writes
            List<String> shopCategories = categories.all();
            List<CheckedDefinition> files = new ArrayList<>();
            List<CampaignTemplates> rendered = new ArrayList<>();
            for (Future<Checked> check : checks) {
                Checked checked = finished(check);
                files.add(checked.definition());
                for (CampaignTemplates templates : checked.rendered()) {
                    if (rendered.stream().noneMatch(seen -> seen.campaign().equals(templates.campaign()))) {
                        rendered.add(templates);
                    }
                }
            }
            return new Validation(files, missingCategoryTexts(rendered, shopCategories), renderer.missingCategoryNames(shopCategories),
                    unknownRewardCategories(files, shopCategories, renderer.categoryNames()),
                    rendered.stream().flatMap(templates -> templates.missingRewardTexts().stream()).toList());
        } finally {
            threads.shutdownNow();
        }
    }

    /** A definition as checked, with the templates of its campaign that render (in its channels' order). */
    private record Checked(CheckedDefinition definition, List<CampaignTemplates> rendered) {
    }

    /** A daemon: a check that failed with an error never keeps the command from ending. */
    private static Thread templateCheckThread(Runnable check) {
        Thread thread = new Thread(check, "template-check");
        thread.setDaemon(true);
        return thread;
    }

    /** The check's outcome; what it threw, thrown here as it would have been on this thread. */
    private static Checked finished(Future<Checked> check) {
        try {
            return check.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking templates", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException thrown) {
                throw thrown;
            }
            if (e.getCause() instanceof Error thrown) {
                throw thrown;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * A reward's category that neither a purchase nor templates/categories.csv names (a typo, or a
     * category the shop does not sell): a warning, not an error, since the next import may bring it.
     * Nothing is said before the first purchases are imported.
     */
    public record UnknownRewardCategory(String file, int line, String field, String category, List<String> known) {
    }

    private static List<UnknownRewardCategory> unknownRewardCategories(List<CheckedDefinition> files, List<String> shopCategories,
            fi.kanta.render.CategoryNames names) {
        if (shopCategories.isEmpty()) {
            return List.of();
        }
        Set<String> known = shopCategories.stream().map(c -> c.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<UnknownRewardCategory> unknown = new ArrayList<>();
        for (CheckedDefinition file : files) {
            if (file.error().isPresent() || file.campaign().flatMap(Campaign::offer).isEmpty()) {
                continue;
            }
            Campaign campaign = file.campaign().get();
            for (Campaign.Reward reward : campaign.offer().get().rewards()) {
                for (String category : reward.categories()) {
                    if (!known.contains(category.toLowerCase(Locale.ROOT)) && !names.lists(category)) {
                        unknown.add(new UnknownRewardCategory(campaign.file().toString(), reward.line(),
                                "offer.rewards[" + (reward.number() - 1) + "]." + reward.signal().id(), category, shopCategories));
                    }
                }
            }
        }
        return unknown;
    }

    /**
     * A campaign that reads is checked further: its templates render, else every channel whose do
     * not is named.
     */
    private Checked withTemplates(CheckedDefinition definition, Words said) {
        if (definition.campaign().isEmpty() || definition.error().isPresent()) {
            return new Checked(definition, List.of());
        }
        Campaign campaign = definition.campaign().get();
        List<String> problems = new ArrayList<>();
        List<CampaignTemplates> rendered = new ArrayList<>();
        // channels sharing a template (a letter and an email) share its mistakes: each named once
        for (String template : campaign.channels().stream().map(Campaign.Channel::template).distinct().toList()) {
            try {
                rendered.add(renderer.open(template));
            } catch (UserError e) {
                problems.add(campaign.file() + ": " + TemplateProblem.said(e, said));
            }
        }
        return new Checked(problems.isEmpty() ? definition : definition.failing(String.join("\n", problems)), rendered);
    }

    /** Only for templates that have per-category texts. */
    private static List<MissingCategoryText> missingCategoryTexts(List<CampaignTemplates> rendered, List<String> shopCategories) {
        return rendered.stream().filter(CampaignTemplates::hasCategoryTexts)
                .flatMap(templates -> templates.missingCategoryTexts(shopCategories).stream()).toList();
    }
}
