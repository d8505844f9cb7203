package fi.kanta.editorial;

import fi.kanta.UserError;
import java.util.List;
import java.util.stream.Collectors;

/** A save or preview refused before anything was written: every mistake of the form. */
public class EditorialRefused extends UserError {

    private final transient List<EditorialMistake> mistakes;

    EditorialRefused(List<EditorialMistake> mistakes) {
        super(mistakes.stream().map(m -> (m.language().isEmpty() ? "" : m.language() + " ")
                + (m.field().isEmpty() ? "" : m.field() + ": ") + m.text()).collect(Collectors.joining("\n")));
        this.mistakes = List.copyOf(mistakes);
    }

    public List<EditorialMistake> mistakes() {
        return mistakes;
    }
}
