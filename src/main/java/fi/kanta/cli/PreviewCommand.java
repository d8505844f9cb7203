package fi.kanta.cli;

import fi.kanta.lists.Previews;
import fi.kanta.words.Words;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kanta preview CAMPAIGN --customer ID}: the data the templates get for this customer,
 * whether this run would select them (and if not, which stage leaves them out), and the real email
 * (.eml and .html) and letter (PDF) rendered for them under {@code out/<campaign>/preview/<id>/}.
 */
@Command(name = "preview", description = "Show one customer's data as the campaign's templates get it, and whether the run would pick them.")
public class PreviewCommand implements KantaCommand {

    @Parameters(paramLabel = "CAMPAIGN", description = "a campaign in jobs/, e.g. win-back")
    String name;

    @Option(names = "--customer", required = true, paramLabel = "ID", description = "the customer's id in the shop's files")
    String customer;

    @Option(names = "--run-key", paramLabel = "K", description = "the run to preview (default: the campaign's period now)")
    String runKey;

    @Override
    public boolean quick() {
        return true;
    }

    @Override
    public int call(ApplicationContext context) throws IOException {
        Previews previews = context.getBean(Previews.class);
        Previews.Preview preview = previews.of(name, customer, runKey);
        Words words = context.getBean(Words.class);
        System.out.println(words.text("preview.customer", preview.campaign().name() + "/" + preview.runKey(), customer, preview.verdict()));
        preview.reward().ifPresent(System.out::println);
        System.out.println(words.text("preview.model"));
        print(preview.model(), "  ");
        // written after the data is shown, so a template that does not render is reported below it
        for (Path file : previews.write(preview)) {
            System.out.println(words.text("preview.wrote", file));
        }
        return ExitCode.DONE;
    }

    @SuppressWarnings("unchecked")
    private static void print(Map<String, Object> map, String indent) {
        map.forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested) {
                System.out.println(indent + key + ":");
                print((Map<String, Object>) nested, indent + "  ");
            } else {
                System.out.println(indent + key + ": " + (value == null ? "(not set)" : value));
            }
        });
    }
}
