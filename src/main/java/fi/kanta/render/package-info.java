/**
 * Rendering: a Thymeleaf engine over {@code <kanta.home>/templates/} turns the message model
 * (templates/README.md lists its variables) into an email (subject, HTML, plain text) and into
 * letters (XHTML, then A4 PDF print files with DejaVu fonts from a jar). The texts are in the
 * message files of the languages the shop writes in, with named placeholders ({@link Placeholders})
 * and texts per favourite category ({@link TemplateExpressions}: {@code #category}, and {@code #shop} for links to the web shop).
 *
 * <p>A run uses it like this:
 * <pre>{@code
 * CampaignTemplates winBack = renderer.open("win-back");          // compiled once, checked: TemplateProblem
 * List<GlyphCheck.Problem> bad = renderer.unprintable(letterModels); // before any letter is sent
 * RenderedEmail email = winBack.email(model);                     // per recipient, thread-safe
 * List<PrintFile> files = renderer.writeLetters(winBack, runFolder.resolve("letters"), letterModels);
 * }</pre>
 * Without Spring: {@code CampaignTemplates.open(templatesFolder, campaign)} and
 * {@code new LetterPrintFiles(templates).write(folder, models, lettersPerFile)}.
 *
 * <p>Checks that must pass before anything is sent: {@link fi.kanta.render.CampaignTemplates#check()}
 * (syntax, unknown variables and placeholders, texts missing in a language the shop writes in,
 * letters that are not XHTML; each
 * names the template file and line) and {@link fi.kanta.render.GlyphCheck} (names and addresses
 * the letter font cannot print, naming the customers and characters).
 */
package fi.kanta.render;
