package fi.kanta.cli;

import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.CheckedDefinition;
import fi.kanta.campaign.Definitions;
import java.util.Locale;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;

/** {@code kanta validate}: reads every file in jobs/ and renders each campaign's templates; every mistake names its file and line. */
@Command(name = "validate", description = "Check every campaign and segment definition in jobs/.")
public class ValidateCommand implements KantaCommand {

    @Override
    public boolean quick() {
        return true;
    }

    @Override
    public int call(ApplicationContext context) {
        Definitions.Validation validation = context.getBean(Definitions.class).validate();
        validation.files().forEach(ValidateCommand::print);
        validation.missingCategoryTexts().forEach(missing -> System.out.printf(
                "warning  %s: category '%s' has no text in %s; its customers get %s. Add a line %s=… to templates/%s%n",
                missing.campaign(), missing.category(),
                Locale.forLanguageTag(missing.language()).getDisplayLanguage(Locale.ENGLISH), missing.fallbackKey(), missing.key(),
                missing.file()));
        long errors = validation.errors();
        System.out.println(errors == 0 ? "All definitions are valid, and their templates render in every language the shop writes in."
                : errors + " file(s) with errors.");
        return errors == 0 ? ExitCode.DONE : ExitCode.FAILED;
    }

    private static void print(CheckedDefinition file) {
        if (file.error().isPresent()) {
            System.out.println("error  " + file.error().get());
        } else if (file.campaign().isPresent()) {
            Campaign campaign = file.campaign().get();
            System.out.printf("ok     jobs/%s: %s, %s, %s%s%n", file.file(), campaign.kind().id(), campaign.period().id(),
                    String.join(" + ", campaign.channels().stream().map(c -> c.type().id()).toList()),
                    campaign.schedule().map(s -> ", scheduled \"" + s.cron() + "\" " + s.zone()).orElse(""));
        } else {
            System.out.println("ok     jobs/" + file.file());
        }
    }
}
