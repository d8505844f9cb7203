package fi.kanta.demo;

import fi.kanta.cli.ExitCode;
import fi.kanta.cli.KantaCommand;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kanta demo [--customers N]}: a demo shop, imported. */
@Command(name = "demo", description = "Generate a demo shop's data, import it and say where the output is.")
public class DemoCommand implements KantaCommand {

    @Option(names = "--customers", paramLabel = "N", defaultValue = "1000", description = "how many customers (default ${DEFAULT-VALUE})")
    int customers;

    @Override
    public int call(ApplicationContext context) {
        return ExitCode.DONE;
    }
}
