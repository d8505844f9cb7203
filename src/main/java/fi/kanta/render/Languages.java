package fi.kanta.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The languages a shop writes its messages in ({@code kanta.shop.languages}): the template check
 * requires texts in these and no others, and a customer's {@code language} picks one of them.
 */
record Languages(List<Locale> all, Locale fallback) {

    /** Finnish, Swedish and English: the shipped templates' languages, and the shop's by default. */
    static final Languages SHIPPED = of(List.of("fi", "sv", "en"), "fi");

    Languages {
        if (all.isEmpty()) {
            throw new TemplateProblem("template.no-languages");
        }
        all = List.copyOf(all);
    }

    /**
     * {@code codes} as the shop writes them ({@code fi}, {@code sv}); a customer in none of them gets
     * English if the shop writes English (the one most readers share), else {@code defaultLanguage}
     * if it is among them, else the first.
     */
    static Languages of(List<String> codes, String defaultLanguage) {
        List<Locale> all = codes.stream().map(Languages::code).filter(code -> !code.isEmpty()).distinct()
                .map(Locale::forLanguageTag).toList();
        Locale fallback = all.stream().filter(l -> l.getLanguage().equals("en")).findFirst()
                .or(() -> all.stream().filter(l -> l.getLanguage().equals(code(defaultLanguage))).findFirst())
                .orElse(all.isEmpty() ? Locale.ENGLISH : all.get(0));
        return new Languages(all, fallback);
    }

    /** The language of the recipient in {@code model}. */
    Locale of(Map<String, ?> model) {
        Object customer = model.get("customer");
        Object language = customer instanceof Map<?, ?> map ? map.get("language") : null;
        String code = code(language == null ? "" : language.toString());
        return all.stream().filter(l -> l.getLanguage().equals(code)).findFirst().orElse(fallback);
    }

    // lenient about the form (FI, fi-FI, sv_SE): the import normally stores fi, sv or en
    private static String code(String language) {
        return language == null ? "" : language.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    }
}
