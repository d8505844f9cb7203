package fi.kanta.render;

import fi.kanta.words.DidYouMean;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IContext;
import org.thymeleaf.exceptions.TemplateEngineException;
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
    private final TemplateEngine engine;

    private CampaignTemplates(Path folder, String campaign) {
        this.folder = folder;
        this.campaign = campaign;
        this.engine = engine(folder);
    }

    /** The templates of {@code campaign} in {@code templatesFolder}; nothing is read until first used. */
    public static CampaignTemplates open(Path templatesFolder, String campaign) {
        if (!CAMPAIGN_NAME.matcher(campaign).matches()) {
            throw new TemplateProblem("campaign name '" + campaign + "' is not a template folder name (a-z, 0-9, -)");
        }
        Path folder = templatesFolder.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder.resolve(campaign))) {
            throw new TemplateProblem("no templates for campaign '" + campaign + "': folder " + folder.resolve(campaign)
                    + " does not exist" + DidYouMean.suffix(campaign, templateFolders(folder)));
        }
        return new CampaignTemplates(folder, campaign);
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
     * Renders every template of the campaign in every language against stand-in recipients whose
     * model refuses unknown variables: a syntax error, an unknown variable or a message missing in a
     * language is a {@link TemplateProblem} naming the template file and line. Run before anything is sent.
     */
    public void check() {
        if (!hasEmail() && !hasLetter()) {
            throw new TemplateProblem("campaign '" + campaign + "' has neither " + EMAIL_HTML + " + " + EMAIL_TEXT
                    + " nor " + LETTER + " in " + folder.resolve(campaign));
        }
        for (Locale language : Languages.ALL) {
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

    /** The templates of this campaign (for messages that name files). */
    Path file(String name) {
        return folder.resolve(campaign).resolve(name);
    }

    private RenderedEmail email(IContext context) {
        String html = render(EMAIL_HTML, context);
        Matcher title = TITLE.matcher(html);
        if (!title.find()) {
            throw new TemplateProblem(templateName(EMAIL_HTML) + ": no <title> (it is the subject)");
        }
        String subject = HEADER_BREAKERS.matcher(HtmlEscape.unescapeHtml(title.group(1))).replaceAll(" ").strip();
        return new RenderedEmail(subject, html, render(EMAIL_TEXT, context));
    }

    private String render(String template, IContext context) {
        try {
            return engine.process(templateName(template), context);
        } catch (TemplateEngineException e) {
            throw new TemplateProblem(TemplateErrors.describe(e, templateName(template)), e);
        }
    }

    private String templateName(String template) {
        return campaign + "/" + template;
    }

    private static IContext context(Map<String, ?> model, boolean strict) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("recipientAddress", RecipientAddress.lines(map(model, "customer"), map(model, "sender")));
        Locale language = Languages.of(model);
        return strict ? new StrictModel.Probe(language, variables) : new Context(language, variables);
    }

    private static Map<?, ?> map(Map<String, ?> model, String key) {
        return model.get(key) instanceof Map<?, ?> map ? map : null;
    }

    private static TemplateEngine engine(Path folder) {
        FileTemplateResolver files = new FileTemplateResolver();
        files.setPrefix(folder + File.separator);
        files.setCharacterEncoding("UTF-8");
        files.setTemplateMode(TemplateMode.HTML);
        files.setTextTemplateModePatterns(Set.of("*.txt"));
        files.setCacheable(true);
        files.setCheckExistence(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(files);
        engine.setMessageResolver(new TemplateMessages(folder));
        engine.setEngineContextFactory(new StrictModel.ContextFactory());
        return engine;
    }
}
