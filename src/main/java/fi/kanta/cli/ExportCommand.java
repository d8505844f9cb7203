package fi.kanta.cli;

import fi.kanta.lists.ListExport;
import fi.kanta.lists.ListExports;
import fi.kanta.words.Words;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kanta export segment NAME} and {@code kanta export run CAMPAIGN/RUN-KEY}: a mailing list as
 * .xlsx (default) or CSV, with the columns asked for.
 */
@Command(name = "export", description = "Write a segment's members or a run's recipients to .xlsx or CSV.")
public class ExportCommand implements KantaCommand {

    @Parameters(index = "0", paramLabel = "segment|run", description = "what to export")
    What what;

    @Parameters(index = "1", paramLabel = "NAME", description = "a segment name, or a run as CAMPAIGN/RUN-KEY")
    String name;

    @Option(names = "--columns", split = ",", paramLabel = "COLUMN",
            description = "columns, comma-separated (README.md, Exports, lists them; default: the campaign's export columns, or a standard set)")
    List<String> columns;

    @Option(names = "--csv", description = "CSV (UTF-8 with BOM) instead of .xlsx; semicolons and decimal commas when"
            + " kanta.shop.language is fi or sv")
    boolean csv;

    @Option(names = "--semicolon", description = "CSV with ; and decimal commas (Finnish and Swedish Excel)")
    boolean semicolon;

    @Option(names = "--all", description = "segment: also customers who may not be contacted (no consent, or suppressed)")
    boolean everyone;

    @Option(names = "--group", paramLabel = "target|holdout", description = "run: only this group")
    String group;

    @Option(names = "--channel", paramLabel = "email|letter", description = "run: only this channel")
    String channel;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "where to write (default under out/)")
    Path output;

    enum What { segment, run }

    @Override
    public int call(ApplicationContext context) {
        ListExports exports = context.getBean(ListExports.class);
        ListExports.Format format = new ListExports.Format(columns == null ? List.of() : columns, csv, semicolon, Optional.ofNullable(output));
        ListExport.Written written = what == What.segment ? exports.segment(name, everyone, format)
                : exports.run(name, Optional.ofNullable(group), Optional.ofNullable(channel), format);
        Words words = context.getBean(Words.class);
        System.out.println(words.text("export.wrote", written.file(), words.count("count.rows", written.summary().rows()), written.summary().sheets(),
                words.decimal(written.totalMillis() / 1000.0, 1), words.decimal(written.queryMillis() / 1000.0, 1)));
        if (written.controlGroupOnOwnSheet()) {
            System.out.println(words.count("export.control-group.sheet", written.controlGroup(),
                    context.getBean(ListExport.class).controlGroupSheet()));
        } else if (written.controlGroup() > 0) {
            System.out.println(words.count("export.control-group.left-out", written.controlGroup()));
        }
        if (written.leftOut() > 0) {
            System.out.println(words.count("export.left-out", written.leftOut()));
        }
        if (written.summary().truncatedCells() > 0) {
            System.out.println(words.count("export.cells-cut", written.summary().truncatedCells()));
        }
        return ExitCode.DONE;
    }
}
