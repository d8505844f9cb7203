package fi.kanta.render;

import fi.kanta.words.DidYouMean;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IContext;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;
import org.unbescape.html.HtmlEscape;

/**
 * One campaign's templates for one run: {@code <campaign>/email.html}, {@code email.txt} and
 * {@code letter.html} under the templates folder. Its engine caches every template once parsed, so
 * a run compiles each file once and renders it per recipient; a new run opens a new instance and
 * sees the files as they are then.
 */
public final class CampaignTemplates {

    static final String EMAIL_HTML = "email.html";
    static final String EMAIL_TEXT = "email.txt";
    static final String LETTER = "letter.html";

    private static final Pattern CAMPAIGN_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_BREAKERS = Pattern.compile("[\\p{Cntrl}\\s\\u2028\\u2029]+");

    private final Path folder;
    private final String campaign;
    private final Languages languages;
    private final MessageFiles messageFiles;
    private final TemplateMessages messages;
    private final TemplateEngine engine;
    private final CssInliner css = new CssInliner();

    private CampaignTemplates(Path folder, String campaign, Languages languages) {
        this.folder = folder;
        this.campaign = campaign;
        this.languages = languages;
        this.messageFiles = new MessageFiles(folder);
        this.messages = new TemplateMessages(messageFiles, CategoryNames.read(folder), campaign);
        this.engine = engine(folder, messages);
    }

    /** The templates of {@code campaign} in Finnish, Swedish and English (the shipped templates' languages). */
    public static CampaignTemplates open(Path templatesFolder, String campaign) {
        return open(templatesFolder, campaign, Languages.SHIPPED);
    }

    /** The templates of {@code campaign} in {@code templatesFolder}; nothing is read until first used. */
    static CampaignTemplates open(Path templatesFolder, String campaign, Languages languages) {
        if (!CAMPAIGN_NAME.matcher(campaign).matches()) {
            throw new TemplateProblem("template.campaign-name", campaign);
        }
        Path folder = templatesFolder.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder.resolve(campaign))) {
            Path missing = folder.resolve(campaign);
            throw DidYouMean.nearest(campaign, templateFolders(folder))
                    .map(near -> new TemplateProblem("template.no-folder.did-you-mean", campaign, missing, near))
                    .orElseGet(() -> new TemplateProblem("template.no-folder", campaign, missing));
        }
        return new CampaignTemplates(folder, campaign, languages);
    }

    /** The template folders there are, for a "did you mean" when a name is mistyped. */
    private static List<String> templateFolders(Path folder) {
        try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isDirectory).map(entry -> entry.getFileName().toString()).toList();
        } catch (java.io.IOException e) {
            return List.of(); // no templates folder at all: nothing to suggest
        }
    }

    public String campaign() {
        return campaign;
    }

    public boolean hasEmail() {
        return Files.isRegularFile(file(EMAIL_HTML)) && Files.isRegularFile(file(EMAIL_TEXT));
    }

    public boolean hasLetter() {
        return Files.isRegularFile(file(LETTER));
    }

    /** The email of one recipient; the subject is the HTML's {@code <title>}. */
    public RenderedEmail email(Map<String, ?> model) {
        return email(context(model, false));
    }

    /** One recipient's letter as XHTML, the input of {@link LetterPrintFiles}. */
    public String letter(Map<String, ?> model) {
        return render(LETTER, context(model, false));
    }

    /**
     * Renders every template of the campaign in every language the shop writes in against stand-in
     * recipients whose model refuses unknown variables: a syntax error, an unknown variable, a message
     * missing in one of those languages or a placeholder that names no value is a {@link TemplateProblem}
     * naming the template file and line. Run before anything is sent.
     */
    public void check() {
        if (!hasEmail() && !hasLetter()) {
            throw new TemplateProblem("template.none", campaign, EMAIL_HTML + " + " + EMAIL_TEXT, LETTER,
                    folder.resolve(campaign));
        }
        for (Locale language : languages.all()) {
            for (Map<String, Object> probe : ProbeModels.forLanguage(language)) {
                if (hasEmail()) {
                    email(context(probe, true));
                }
                if (hasLetter()) {
                    LetterPdf.requireWellFormed(templateName(LETTER), render(LETTER, context(probe, true)));
                }
            }
        }
    }

    /** Whether the templates have texts per favourite category ({@code #category.text(...)}); known once {@link #check()} has run. */
    public boolean hasCategoryTexts() {
        return !messages.categoryPrefixes().isEmpty();
    }

    /**
     * The categories of {@code categories} (as the shop's data names them) that have no text of their
     * own in a language the shop writes in, for each per-category text the templates use
     * ({@code #category.text(...)}); known once {@link #check()} has run. Such customers get the
     * generic text, which is allowed but may not be what the marketer meant.
     */
    public List<MissingCategoryText> missingCategoryTexts(Collection<String> categories) {
        List<MissingCategoryText> missing = new ArrayList<>();
        for (String prefix : new TreeSet<>(messages.categoryPrefixes())) {
            for (Locale language : languages.all()) {
                String file = messageFiles.find(campaign, language, prefix).map(MessageFiles.Message::file)
                        .orElse(MessageFiles.campaignFile(campaign, language));
                for (String category : new TreeSet<>(categories)) {
                    if (messageFiles.findCategory(campaign, language, prefix, category).isEmpty()) {
                        missing.add(new MissingCategoryText(campaign, category, language.getLanguage(),
                                prefix + "." + category.strip().replace(' ', '_'), prefix, file));
                    }
                }
            }
        }
        return missing;
    }

    /**
     * The per-reward texts ({@code #category.rewardText(...)}) that some language the shop writes in
     * has and another does not, one for each language without it; known once {@link #check()} has run.
     * A customer of that reward who reads the language without gets the general text.
     */
    public List<MissingCategoryText> missingRewardTexts() {
        List<MissingCategoryText> missing = new ArrayList<>();
        for (String prefix : new TreeSet<>(messages.rewardPrefixes())) {
            // every category some language has a text for, as the first file that has it writes it
            Map<String, String> written = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (Locale language : languages.all()) {
                for (MessageFiles.Message message : messageFiles.categoryMessages(campaign, language, prefix)) {
                    written.putIfAbsent(message.key().substring(prefix.length() + 1).replace('_', ' '), message.key());
                }
            }
            for (Map.Entry<String, String> category : written.entrySet()) {
                for (Locale language : languages.all()) {
                    if (messageFiles.findCategory(campaign, language, prefix, category.getKey()).isEmpty()) {
                        String file = messageFiles.find(campaign, language, prefix).map(MessageFiles.Message::file)
                                .orElse(MessageFiles.campaignFile(campaign, language));
                        missing.add(new MissingCategoryText(campaign, category.getKey(), language.getLanguage(), category.getValue(), prefix, file));
                    }
                }
            }
        }
        return missing;
    }

    /** The templates of this campaign (for messages that name files). */
    Path file(String name) {
        return folder.resolve(campaign).resolve(name);
    }

    private RenderedEmail email(IContext context) {
        String html = css.inline(render(EMAIL_HTML, context));
        Matcher title = TITLE.matcher(html);
        if (!title.find()) {
            throw new TemplateProblem("template.no-title", templateName(EMAIL_HTML));
        }
        String subject = HEADER_BREAKERS.matcher(HtmlEscape.unescapeHtml(title.group(1))).replaceAll(" ").strip();
        return new RenderedEmail(subject, html, render(EMAIL_TEXT, context));
    }

    private String render(String template, IContext context) {
        RenderBuffer buffer = RenderBuffer.ofThisThread();
        try {
            engine.process(templateName(template), context, buffer);
            return buffer.toString();
        } catch (TemplateEngineException e) {
            throw TemplateErrors.problem(e, templateName(template));
        } finally {
            buffer.done();
        }
    }

    private String templateName(String template) {
        return campaign + "/" + template;
    }

    private IContext context(Map<String, ?> model, boolean strict) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("recipientAddress", RecipientAddress.lines(map(model, "customer"), map(model, "sender")));
        variables.put("returnAddress", RecipientAddress.returnLine(map(model, "customer"), map(model, "sender")));
        Locale language = languages.of(model);
        return strict ? new StrictModel.Probe(language, variables) : new Context(language, variables);
    }

    private static Map<?, ?> map(Map<String, ?> model, String key) {
        return model.get(key) instanceof Map<?, ?> map ? map : null;
    }

    private static TemplateEngine engine(Path folder, TemplateMessages messages) {
        FileTemplateResolver files = new FileTemplateResolver();
        files.setPrefix(folder + File.separator);
        files.setCharacterEncoding("UTF-8");
        files.setTemplateMode(TemplateMode.HTML);
        files.setTextTemplateModePatterns(Set.of("*.txt"));
        files.setCacheable(true);
        files.setCheckExistence(true);
        StandardDialect standard = new StandardDialect();
        standard.setJavaScriptSerializer(new JavaScriptOnUse());
        TemplateEngine engine = new TemplateEngine();
        engine.setDialect(standard);
        engine.setTemplateResolver(files);
        engine.setMessageResolver(messages);
        engine.addDialect(new TemplateExpressions(messages));
        engine.setEngineContextFactory(new StrictModel.ContextFactory());
        return engine;
    }
}
