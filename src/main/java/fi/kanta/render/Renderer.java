package fi.kanta.render;

import fi.kanta.KantaHome;
import fi.kanta.shop.ShopSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The rendering entry point for delivery: opens a campaign's templates for a run (checked before
 * anything is sent) and writes its letters into print files of {@code kanta.letters.per-file} letters.
 */
@Component
public class Renderer {

    private final Path templates;
    private final LetterSettings letters;
    private final Languages languages;
    /** One for all runs and previews: a letter laid out on its own asks for the logo like the others. */
    private final ShopImages shopImages;

    public Renderer(KantaHome home, LetterSettings letters, ShopSettings shop, ShopImages shopImages) {
        this.templates = home.home().resolve("templates");
        this.letters = letters;
        this.shopImages = shopImages;
        this.languages = Languages.of(shop.languages(), shop.defaultLanguage());
    }

    /**
     * The campaign's templates for one run in the languages the shop writes in, compiled on first
     * use; {@link TemplateProblem} if any fails its check.
     */
    public CampaignTemplates open(String campaign) {
        CampaignTemplates opened = unchecked(campaign);
        opened.check();
        return opened;
    }

    /**
     * The campaign's templates as {@link #open(String)} opens them, not yet checked: whoever renders
     * with them calls {@link CampaignTemplates#check()} before anything rendered is written or sent
     * (a preview checks on one thread while its letter is laid out on another).
     */
    public CampaignTemplates unchecked(String campaign) {
        return CampaignTemplates.open(templates, campaign, languages);
    }

    /**
     * As {@link #open(String)}, from another templates folder: a draft copy of {@code templates/}
     * with changed texts, checked exactly as a run would check the real one before it is written
     * there (the console's editorial).
     */
    public CampaignTemplates openDraft(Path draftTemplates, String campaign) {
        CampaignTemplates opened = CampaignTemplates.open(draftTemplates, campaign, languages);
        opened.check();
        return opened;
    }

    /** The text of the template files that templates of these folders use, as they are now ({@link TemplateTexts}). */
    public TemplateTexts texts(java.util.Collection<String> folders) {
        return TemplateTexts.read(templates, folders);
    }

    /** The categories' display names, as {@code templates/categories.csv} says now. */
    public CategoryNames categoryNames() {
        return CategoryNames.read(templates);
    }

    /** Each of {@code categories} (as the purchases write them) the names file lacks in a language the shop writes in. */
    public List<MissingCategoryName> missingCategoryNames(java.util.Collection<String> categories) {
        CategoryNames names = categoryNames();
        List<MissingCategoryName> missing = new java.util.ArrayList<>();
        for (String category : categories) {
            for (java.util.Locale language : languages.all()) {
                if (!names.names(category, language.getLanguage())) {
                    missing.add(new MissingCategoryName(category, language.getLanguage()));
                }
            }
        }
        return missing;
    }

    /** Letters into {@code folder} as {@code letters-0001.pdf}…, in the given order. */
    public List<PrintFile> writeLetters(CampaignTemplates campaign, Path folder, Iterable<? extends Map<String, ?>> models)
            throws IOException {
        return new LetterPrintFiles(campaign, shopImages).write(folder, models, letters.perFile());
    }

    /** One letter laid out in memory, written later by {@link LetterPrintFiles.LaidOut#writeInto} or dropped. */
    public LetterPrintFiles.LaidOut layOutLetter(CampaignTemplates campaign, Map<String, ?> model) throws IOException {
        return new LetterPrintFiles(campaign, shopImages).layOut(model);
    }

    /** Recipients whose name or address the letter font cannot print; empty when all can be printed. */
    public List<GlyphCheck.Problem> unprintable(Iterable<? extends Map<String, ?>> models) {
        return GlyphCheck.unprintable(models);
    }
}
