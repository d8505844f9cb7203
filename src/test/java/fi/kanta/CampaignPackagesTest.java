package fi.kanta;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The packages a campaign run is made of, from the definitions at the bottom to the run on top:
 * campaign, selection, outbox, lists, run. They use one another without a cycle, never the
 * command line, and never print (what they have to say goes through Progress).
 */
class CampaignPackagesTest {

    private static final String[] CAMPAIGN_SIDE = {"fi.kanta.campaign..", "fi.kanta.selection..", "fi.kanta.outbox..",
        "fi.kanta.lists..", "fi.kanta.run.."};

    /** Only these packages: a cycle through the rest of Kanta is not theirs to find. */
    private static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fi.kanta.campaign", "fi.kanta.selection", "fi.kanta.outbox", "fi.kanta.lists", "fi.kanta.run");

    @Test
    void theCampaignPackagesFormNoCycle() {
        slices().matching("fi.kanta.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theCampaignPackagesDoNotUseTheCommandLine() {
        noClasses().that().resideInAnyPackage(CAMPAIGN_SIDE).should().dependOnClassesThat().resideInAPackage("fi.kanta.cli..")
                .check(CLASSES);
    }

    @Test
    void theCampaignPackagesDoNotPrint() {
        noClasses().that().resideInAnyPackage(CAMPAIGN_SIDE).should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err").check(CLASSES);
    }
}
