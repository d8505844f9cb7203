package fi.kanta.cli;

import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.CheckedDefinition;
import fi.kanta.campaign.Definitions;
import fi.kanta.render.Brand;
import fi.kanta.words.Words;
import java.util.Locale;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;

/**
 * {@code kanta validate}: reads every file in jobs/ and renders each campaign's templates, and lists
 * every mistake at once, each naming its file, line and field (with a "did you mean" for a mistyped name);
 * and warns of what renders but reads badly: texts missing in a language, a brand colour too light for text.
 */
@Command(name = "validate", description = "Check every campaign and segment definition in jobs/.")
public class ValidateCommand implements KantaCommand {

    @Override
    public boolean quick() {
        return true;
    }

    @Override
    public int call(ApplicationContext context) {
        Definitions.Validation validation = context.getBean(Definitions.class).validate();
        Words words = context.getBean(Words.class);
        validation.files().forEach(file -> print(file, words));
        validation.missingCategoryTexts().forEach(missing -> System.out.println(words.text("validate.category-text",
                missing.campaign(), missing.category(),
                Locale.forLanguageTag(missing.language()).getDisplayLanguage(words.locale()), missing.fallbackKey(), missing.key(), missing.file())));
        validation.missingRewardTexts().forEach(missing -> System.out.println(words.text("validate.reward-text",
                missing.campaign(), missing.category(), Locale.forLanguageTag(missing.language()).getDisplayLanguage(words.locale()),
                missing.fallbackKey(), missing.key(), missing.file())));
        validation.missingCategoryNames().forEach(missing -> System.out.println(words.text("validate.category-name",
                missing.category(), Locale.forLanguageTag(missing.language()).getDisplayLanguage(words.locale()), missing.language())));
        validation.unknownRewardCategories().forEach(unknown -> System.out.println(words.text("validate.reward-category",
                unknown.file(), unknown.line(), unknown.field(), unknown.category(), String.join(", ", unknown.known()))));
        Brand brand = context.getBean(Brand.class);
        if (brand.contrastOnWhite() < Brand.READABLE) {
            System.out.println(words.text("validate.brand-contrast", brand.color(), words.decimal(brand.contrastOnWhite(), 1),
                    brand.readableShade()));
        }
        long files = validation.errors();
        if (files == 0) {
            System.out.println(words.text("validate.valid"));
            return ExitCode.DONE;
        }
        long mistakes = validation.mistakes();
        System.out.println(words.count("validate.mistakes", mistakes) + " " + words.count("validate.files", files));
        return ExitCode.FAILED;
    }

    private static void print(CheckedDefinition file, Words words) {
        if (file.error().isPresent()) {
            file.error().get().lines().forEach(mistake -> System.out.println(words.text("validate.error", mistake)));
        } else if (file.campaign().isPresent()) {
            Campaign campaign = file.campaign().get();
            System.out.println(words.text("validate.ok.campaign", file.file(), campaign.kind().id(), campaign.period().id(),
                    String.join(" + ", campaign.channels().stream().map(c -> c.type().id()).toList()),
                    campaign.schedule().map(s -> words.text("validate.scheduled", s.cron(), s.zone())).orElse("")));
        } else {
            System.out.println(words.text("validate.ok", file.file()));
        }
    }
}
