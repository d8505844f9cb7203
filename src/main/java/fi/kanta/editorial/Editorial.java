package fi.kanta.editorial;

import java.util.List;
import java.util.Optional;

/**
 * A campaign's editorial for an ISO week, in each of the shop's languages.
 *
 * @param campaign the campaign (its email's template folder has {@code editorial.html})
 * @param week     the ISO week it is for, e.g. {@code 2026-W50}
 */
public record Editorial(String campaign, String week, List<EditorialText> texts) {

    public Editorial {
        texts = List.copyOf(texts);
    }

    public Optional<EditorialText> in(String language) {
        return texts.stream().filter(text -> text.language().equals(language)).findFirst();
    }
}
