package fi.kanta.retention;

import fi.kanta.KantaHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The files under {@code out/} and {@code inbox/} that Kanta keeps for a while (docs/architecture.md
 * "Folders" lists them): run folders, lists and data copies, imported files, reject reports. Never
 * {@code out/kanta.log} (it names no one), the demo's input, or files waiting in the inbox.
 */
// no @Bean method here calls another, so no subclass of it has to be generated at every start
@Configuration(proxyBeanMethods = false)
class ShopFiles {

    /** Folders under {@code out/} that are not campaigns'. */
    static final Set<String> NOT_CAMPAIGNS = Set.of("import", "exports", "customers", "demo", "bench");

    /** {@code out/<campaign>/<run-key>/}, {@code out/<campaign>/preview/} and {@code test/}. */
    @Bean
    ExpiringRows runFolders(KantaHome home, RetentionSettings settings) {
        return new OldFiles("run-folders", settings.runFiles(), OldFiles.foldersIn(() -> OldFiles.children(home.out())
                .filter(folder -> Files.isDirectory(folder) && !NOT_CAMPAIGNS.contains(folder.getFileName().toString())).toList()));
    }

    @Bean
    ExpiringRows lists(KantaHome home, RetentionSettings settings) {
        return new OldFiles("lists", settings.lists(), OldFiles.filesIn(List.of(home.out("exports"), home.out("customers"))));
    }

    @Bean
    ExpiringRows importedFiles(KantaHome home, RetentionSettings settings, @Value("${kanta.inbox:}") String inboxSetting) {
        // the inbox as schedule/Inbox finds it
        Path inbox = inboxSetting.isBlank() ? home.home().resolve("inbox") : home.home().resolve(inboxSetting);
        return new OldFiles("imported-files", settings.importedFiles(),
                OldFiles.filesIn(List.of(inbox.resolve("done"), inbox.resolve("failed"), home.out("import", "uploads"))));
    }

    /** {@code out/import/<kind>/<sha12>/}: the reject and warnings reports of an import. */
    @Bean
    ExpiringRows importReportFiles(KantaHome home, RetentionSettings settings) {
        return new OldFiles("import-report-files", settings.importReports(), OldFiles.foldersIn(() -> OldFiles.children(home.out("import"))
                .filter(folder -> Files.isDirectory(folder) && !Set.of("uploads", "incoming").contains(folder.getFileName().toString()))
                .toList()));
    }
}
