package fi.kanta.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The languages the templates speak; a customer's {@code language} picks one, anything else is English. */
final class Languages {

    static final Locale FINNISH = Locale.forLanguageTag("fi");
    static final Locale SWEDISH = Locale.forLanguageTag("sv");
    static final List<Locale> ALL = List.of(FINNISH, SWEDISH, Locale.ENGLISH);

    private Languages() {
    }

    static Locale of(Map<String, ?> model) {
        Object customer = model.get("customer");
        Object language = customer instanceof Map<?, ?> map ? map.get("language") : null;
        // lenient about the form (FI, fi-FI, sv_SE): the import normally stores fi, sv or en
        String code = language == null ? "" : language.toString().strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return ALL.stream().filter(l -> l.getLanguage().equals(code)).findFirst().orElse(Locale.ENGLISH);
    }
}
