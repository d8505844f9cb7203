package fi.kanta.definition;

import java.util.List;
import java.util.stream.Collectors;

/** Several mistakes in one file, one a line, each naming file, line and field; the first is the file's position. */
public class DefinitionErrors extends DefinitionError {

    private final List<DefinitionError> mistakes;

    DefinitionErrors(List<DefinitionError> mistakes) {
        super(mistakes.get(0).file(), mistakes.get(0).line(), mistakes.get(0).field(),
                mistakes.stream().map(DefinitionError::getMessage).collect(Collectors.joining("\n")), true);
        this.mistakes = mistakes;
    }

    public List<DefinitionError> mistakes() {
        return mistakes;
    }
}
