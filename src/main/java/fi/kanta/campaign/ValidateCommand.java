package fi.kanta.campaign;

import fi.kanta.cli.ExitCode;
import fi.kanta.cli.KantaCommand;
import fi.kanta.UserError;
import fi.kanta.definition.DefinitionError;
import fi.kanta.render.Renderer;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;

/** {@code kanta validate}: reads every file in jobs/ and renders each campaign's templates; every mistake names its file and line. */
@Command(name = "validate", description = "Check every campaign and segment definition in jobs/.")
public class ValidateCommand implements KantaCommand {

    /** The campaign's templates render in every language (the same check a run makes before sending). */
    private static boolean templatesRender(ApplicationContext context, Campaign campaign) {
        for (Campaign.Channel channel : campaign.channels()) {
            try {
                context.getBean(Renderer.class).open(channel.template());
            } catch (UserError e) {
                System.out.println("error  " + campaign.file() + ": " + e.getMessage());
                return false;
            }
        }
        return true;
    }

    @Override
    public int call(ApplicationContext context) {
        Map<String, Object> results = context.getBean(Campaigns.class).validateAll();
        int errors = 0;
        for (Map.Entry<String, Object> result : results.entrySet()) {
            if (result.getValue() instanceof DefinitionError error) {
                System.out.println("error  " + error.getMessage());
                errors++;
            } else if (result.getValue() instanceof Campaign campaign && !templatesRender(context, campaign)) {
                errors++;
            } else if (result.getValue() instanceof Campaign campaign) {
                System.out.printf("ok     jobs/%s: %s, %s, %s%s%n", result.getKey(), campaign.kind().id(), campaign.period().id(),
                        String.join(" + ", campaign.channels().stream().map(c -> c.type().id()).toList()),
                        campaign.schedule().map(s -> ", scheduled \"" + s.cron() + "\" " + s.zone()).orElse(""));
            } else {
                System.out.println("ok     jobs/" + result.getKey());
            }
        }
        System.out.println(errors == 0 ? "All definitions are valid, and their templates render in every language."
                : errors + " file(s) with errors.");
        return errors == 0 ? ExitCode.DONE : ExitCode.FAILED;
    }
}
