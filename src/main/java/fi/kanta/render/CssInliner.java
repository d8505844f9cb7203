package fi.kanta.render;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.htmlunit.cssparser.dom.AbstractCSSRuleImpl;
import org.htmlunit.cssparser.dom.CSSStyleDeclarationImpl;
import org.htmlunit.cssparser.dom.CSSStyleRuleImpl;
import org.htmlunit.cssparser.dom.CSSStyleSheetImpl;
import org.htmlunit.cssparser.dom.Property;
import org.htmlunit.cssparser.parser.CSSErrorHandler;
import org.htmlunit.cssparser.parser.CSSOMParser;
import org.htmlunit.cssparser.parser.CSSParseException;
import org.htmlunit.cssparser.parser.InputSource;
import org.htmlunit.cssparser.parser.selector.Selector;
import org.htmlunit.cssparser.parser.selector.SelectorSpecificity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Moves the rules of a rendered email's {@code <style>} elements into the {@code style} attributes
 * of the elements they select, since many mail programs drop or ignore {@code <style>}. The style
 * sheet is read by HtmlUnit's CSS parser, the email by jsoup, whose selectors pick the elements.
 *
 * <p>As the well-known inliners do it: the declarations an element gets are those a browser would
 * give it, by selector specificity, then source order; a declaration of the element's own
 * {@code style} attribute wins over the sheet's, except over one marked {@code !important} (the
 * inlined declarations lose their {@code !important}, so a {@code @media} rule's {@code !important}
 * still beats them in the mail programs that read it; the attribute's own keep theirs). What cannot be inlined, {@code @media},
 * {@code @font-face} and other at-rules, selectors with a state or a part ({@code :hover},
 * {@code ::before}) and selectors jsoup cannot read, stays in a {@code <style>} in the head; the rest
 * leaves it, and a {@code <style>} left empty goes. What the CSS parser cannot read it skips, as a
 * browser does.
 *
 * <p>An email without {@code <style>} is returned as it is, the same instance, after a scan for the
 * text {@code <style}: it is not parsed. A sheet is read once per distinct text (a small cache), not
 * once per recipient. Thread-safe.
 */
final class CssInliner {

    /** Distinct sheets kept read: a campaign has one or two; customer values inside a sheet make more. */
    private static final int SHEETS_KEPT = 32;

    /** Pseudo-classes that select by document structure only: the same element before and after inlining. */
    private static final Set<String> STRUCTURAL = Set.of("first-child", "last-child", "only-child", "first-of-type",
            "last-of-type", "only-of-type", "nth-child", "nth-last-child", "nth-of-type", "nth-last-of-type", "not",
            "is", "root");
    private static final Pattern PSEUDO = Pattern.compile("::?([a-zA-Z-]+)");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
    private static final Pattern RGB = Pattern.compile("rgb\\((\\d{1,3}), (\\d{1,3}), (\\d{1,3})\\)");
    private static final Pattern DOUBLE_QUOTED = Pattern.compile("\"([^\"'\\\\]*)\"");
    /** Elements that never show a style: the head's and scripts. */
    private static final Set<String> UNSTYLED = Set.of("head", "title", "meta", "link", "base", "style", "script",
            "template");

    private final Map<String, Sheet> sheets = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Sheet> eldest) {
            return size() > SHEETS_KEPT;
        }
    };

    /** The email with its {@code <style>} rules inlined; {@code html} itself when it has no {@code <style>}. */
    String inline(String html) {
        if (!hasStyleTag(html)) {
            return html;
        }
        Document document = Jsoup.parse(html);
        List<Element> styles = new ArrayList<>();
        for (Element style : document.getElementsByTag("style")) {
            if (forScreens(style)) {
                styles.add(style);
            }
        }
        if (styles.isEmpty()) {
            return html;
        }
        Map<Element, List<Declaration>> declared = new IdentityHashMap<>();
        List<Element> styled = new ArrayList<>();
        int position = 0;
        for (Element style : styles) {
            Sheet sheet = sheet(style.data());
            for (Rule rule : sheet.rules()) {
                for (Element element : document.select(rule.selector())) {
                    if (styleable(element)) {
                        List<Declaration> own = declared.get(element);
                        if (own == null) {
                            own = new ArrayList<>();
                            declared.put(element, own);
                            styled.add(element);
                        }
                        for (Declaration declaration : rule.declarations()) {
                            own.add(declaration.at(rule.specificity(), position));
                        }
                    }
                }
                position++;
            }
            keep(document, style, sheet.kept());
        }
        for (Element element : styled) {
            restyle(element, declared.get(element), position);
        }
        return written(html, document);
    }

    /** Whether the text has a {@code <style} tag; case as HTML allows, and nothing allocated. */
    static boolean hasStyleTag(String html) {
        int at = html.indexOf('<');
        while (at >= 0 && at + 6 < html.length()) {
            if (html.regionMatches(true, at + 1, "style", 0, 5)) {
                char after = html.charAt(at + 6);
                if (after == '>' || after == '/' || Character.isWhitespace(after)) {
                    return true;
                }
            }
            at = html.indexOf('<', at + 1);
        }
        return false;
    }

    /** A {@code <style>} for every screen: one for print only, or not CSS, is left as it is. */
    private static boolean forScreens(Element style) {
        String type = style.attr("type").strip().toLowerCase(Locale.ROOT);
        String media = style.attr("media").strip().toLowerCase(Locale.ROOT);
        return (type.isEmpty() || type.equals("text/css"))
                && (media.isEmpty() || media.equals("all") || media.equals("screen"));
    }

    private static boolean styleable(Element element) {
        if (UNSTYLED.contains(element.normalName())) {
            return false;
        }
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (parent.normalName().equals("head")) {
                return false;
            }
        }
        return true;
    }

    /** What could not be inlined stays, in the head; a {@code <style>} left empty goes. */
    private static void keep(Document document, Element style, String kept) {
        if (kept.isBlank()) {
            style.remove();
            return;
        }
        style.empty().appendChild(new DataNode(kept));
        boolean inHead = false;
        for (Element parent = style.parent(); parent != null; parent = parent.parent()) {
            inHead |= parent == document.head();
        }
        if (!inHead) {
            document.head().appendChild(style);
        }
    }

    /**
     * The element's style: per property the declaration that wins (sheet or its own attribute), written
     * from the weakest to the strongest, so a shorthand and its longhands end as the cascade has them.
     */
    private static void restyle(Element element, List<Declaration> fromSheet, int inlinePosition) {
        List<Declaration> all = new ArrayList<>(fromSheet);
        String own = element.attr("style");
        if (!own.isBlank()) {
            CSSStyleDeclarationImpl parsed;
            try {
                parsed = parser().parseStyleDeclaration(own);
            } catch (IOException | RuntimeException e) {
                return; // an attribute the parser cannot read: the element keeps it as written
            }
            for (Property property : parsed.getProperties()) {
                Declaration declaration = Declaration.of(property);
                if (declaration != null) {
                    all.add(declaration.inline(inlinePosition));
                }
            }
        }
        Map<String, Declaration> winners = new LinkedHashMap<>();
        for (Declaration declaration : all) {
            winners.merge(declaration.key(), declaration, (a, b) -> Declaration.STRENGTH.compare(a, b) > 0 ? a : b);
        }
        StringBuilder style = new StringBuilder();
        winners.values().stream().sorted(Declaration.STRENGTH)
                .forEach(d -> style.append(d.name()).append(':').append(d.value())
                        .append(d.inline() && d.important() ? " !important;" : ";"));
        element.attr("style", style.toString());
    }

    /** The document as text: UTF-8, not re-indented, the original's DOCTYPE as it was written. */
    private static String written(String html, Document document) {
        document.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        String written = document.outerHtml();
        DocumentType type = document.documentType();
        int end = doctypeEnd(html);
        if (type != null && end > 0 && written.startsWith(type.outerHtml())) {
            return html.substring(0, end) + written.substring(type.outerHtml().length());
        }
        return written;
    }

    private static int doctypeEnd(String html) {
        int start = 0;
        while (start < html.length() && Character.isWhitespace(html.charAt(start))) {
            start++;
        }
        if (!html.regionMatches(true, start, "<!doctype", 0, 9)) {
            return 0;
        }
        return html.indexOf('>', start) + 1;
    }

    private Sheet sheet(String css) {
        synchronized (sheets) {
            Sheet sheet = sheets.get(css);
            if (sheet != null) {
                return sheet;
            }
        }
        Sheet sheet = Sheet.read(css);
        synchronized (sheets) {
            sheets.put(css, sheet);
        }
        return sheet;
    }

    /** Cached sheets, for the tests. */
    int sheetsKept() {
        synchronized (sheets) {
            return sheets.size();
        }
    }

    private static CSSOMParser parser() {
        CSSOMParser parser = new CSSOMParser();
        parser.setErrorHandler(SKIPPED);
        return parser;
    }

    /** The parser skips what it cannot read, a rule or a declaration, as a browser does; nothing to report. */
    private static final CSSErrorHandler SKIPPED = new CSSErrorHandler() {
        @Override
        public void warning(CSSParseException e) {
            // skipped
        }

        @Override
        public void error(CSSParseException e) {
            // skipped
        }

        @Override
        public void fatalError(CSSParseException e) {
            // skipped
        }
    };

    /** A style sheet read: the rules to inline, one per selector in source order, and the text of those kept. */
    private record Sheet(List<Rule> rules, String kept) {

        static Sheet read(String css) {
            CSSStyleSheetImpl sheet;
            try {
                sheet = parser().parseStyleSheet(new InputSource(new StringReader(css)), null);
            } catch (IOException | RuntimeException e) {
                return new Sheet(List.of(), css); // unreadable: kept as written, nothing inlined
            }
            List<Rule> rules = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            for (AbstractCSSRuleImpl rule : sheet.getCssRules().getRules()) {
                if (!(rule instanceof CSSStyleRuleImpl styleRule)) {
                    kept.add(cssText(rule.getCssText())); // @media, @font-face, @import, unknown at-rules
                    continue;
                }
                List<Declaration> declarations = new ArrayList<>();
                for (Property property : styleRule.getStyle().getProperties()) {
                    Declaration declaration = Declaration.of(property);
                    if (declaration != null) {
                        declarations.add(declaration);
                    }
                }
                List<String> notInlined = new ArrayList<>();
                for (Selector selector : styleRule.getSelectors()) {
                    Evaluator evaluator = inlinable(selector.toString());
                    if (evaluator == null) {
                        notInlined.add(selector.toString());
                    } else if (!declarations.isEmpty()) {
                        rules.add(new Rule(evaluator, selector.getSelectorSpecificity(), declarations));
                    }
                }
                if (!notInlined.isEmpty() && !declarations.isEmpty()) {
                    kept.add(String.join(", ", notInlined) + " { " + cssText(styleRule.getStyle().getCssText()) + " }");
                }
            }
            return new Sheet(List.copyOf(rules), String.join("\n", kept));
        }

        /** jsoup's evaluator for a selector that picks the same elements in any mail program; else null. */
        private static Evaluator inlinable(String selector) {
            Matcher pseudo = PSEUDO.matcher(QUOTED.matcher(selector).replaceAll("\"\""));
            while (pseudo.find()) {
                if (pseudo.group().startsWith("::") || !STRUCTURAL.contains(pseudo.group(1).toLowerCase(Locale.ROOT))) {
                    return null; // a state (:hover, :visited), a part (::before) or one jsoup does not know
                }
            }
            try {
                return QueryParser.parse(selector);
            } catch (RuntimeException e) {
                return null; // jsoup cannot read it: it stays in the <style>
            }
        }
    }

    private record Rule(Evaluator selector, SelectorSpecificity specificity, List<Declaration> declarations) {
    }

    /**
     * One declaration where it applies: {@code specificity} null for the element's own attribute;
     * {@code position} its rule's place in the sheets, the attribute's after all of them.
     */
    private record Declaration(String name, String value, boolean important, boolean inline,
            SelectorSpecificity specificity, int position) {

        /** Weakest first: tier (sheet, own attribute, sheet !important, own !important), specificity, position. */
        static final Comparator<Declaration> STRENGTH = Comparator.comparingInt(Declaration::tier)
                .thenComparing((a, b) -> a.specificity == null || b.specificity == null ? 0
                        : a.specificity.compareTo(b.specificity))
                .thenComparingInt(Declaration::position);

        static Declaration of(Property property) {
            if (property.getValue() == null || property.getName() == null) {
                return null;
            }
            return new Declaration(property.getName(), cssText(property.getValue().getCssText()), property.isImportant(),
                    false, null, 0);
        }

        Declaration at(SelectorSpecificity rule, int rulePosition) {
            return new Declaration(name, value, important, false, rule, rulePosition);
        }

        Declaration inline(int afterTheSheets) {
            return new Declaration(name, value, important, true, null, afterTheSheets);
        }

        String key() {
            return name.toLowerCase(Locale.ROOT);
        }

        int tier() {
            return (important ? 2 : 0) + (inline ? 1 : 0);
        }
    }

    /**
     * The parser's text as mail programs read it best: a colour it wrote as {@code rgb(r, g, b)} (it
     * writes every {@code #rrggbb} so) back as {@code #rrggbb}, and a string in single quotes, which
     * need no escaping inside a {@code style="..."}.
     */
    static String cssText(String parsed) {
        Matcher rgb = RGB.matcher(parsed);
        StringBuilder text = new StringBuilder();
        while (rgb.find()) {
            int r = Integer.parseInt(rgb.group(1));
            int g = Integer.parseInt(rgb.group(2));
            int b = Integer.parseInt(rgb.group(3));
            String hex = r < 256 && g < 256 && b < 256 ? String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b) : rgb.group();
            rgb.appendReplacement(text, Matcher.quoteReplacement(hex));
        }
        rgb.appendTail(text);
        return DOUBLE_QUOTED.matcher(text).replaceAll("'$1'");
    }
}
