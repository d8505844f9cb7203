package fi.kanta.definition;

import java.util.ArrayList;
import java.util.List;

/**
 * The mistakes found while reading one file, so that {@code kanta validate} names all of them in one
 * round instead of one per round: a reader tries each part on its own ({@link YamlNode#attempt}) and
 * throws them together at the end ({@link YamlNode#throwMistakes}).
 */
final class Mistakes {

    private final List<DefinitionError> found = new ArrayList<>();

    void add(DefinitionError mistake) {
        if (mistake instanceof DefinitionErrors several) {
            found.addAll(several.mistakes());
        } else {
            found.add(mistake);
        }
    }

    void throwIfAny() {
        if (found.size() == 1) {
            throw found.get(0);
        }
        if (!found.isEmpty()) {
            throw new DefinitionErrors(List.copyOf(found));
        }
    }
}
