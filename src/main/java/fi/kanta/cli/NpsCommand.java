package fi.kanta.cli;

import fi.kanta.words.SaidError;
import fi.kanta.report.NpsMonth;
import fi.kanta.report.NpsReports;
import fi.kanta.report.NpsText;
import fi.kanta.words.Words;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kanta report nps [--months N] [--campaign NAME]}: Net Promoter Score per month, with the answers behind it. */
@Command(name = "nps", description = "NPS per month from the answers to the feedback question, with the number of answers,"
        + " promoters, passives and detractors.")
public class NpsCommand implements KantaCommand {

    @Option(names = "--months", paramLabel = "N", description = "months to show, up to this one (default 12)")
    int months = 12;

    @Option(names = "--campaign", paramLabel = "NAME", description = "only the answers to this campaign's question")
    String campaign;

    @Override
    public void check() {
        if (months < 1 || months > 1200) {
            throw new SaidError("nps.months", String.valueOf(months));
        }
    }

    @Override
    public boolean quick() {
        return true;
    }

    @Override
    public int call(ApplicationContext context) {
        List<NpsMonth> report = context.getBean(NpsReports.class).months(months, Optional.ofNullable(campaign));
        System.out.print(NpsText.format(report, Optional.ofNullable(campaign), context.getBean(Words.class)));
        return ExitCode.DONE;
    }
}
