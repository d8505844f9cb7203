package fi.kanta;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import javax.sql.DataSource;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The package borders: features depend on each other without cycles, so the next feature cannot
 * quietly tie two of them into one; the command line ({@code cli}) is a thin door that calls the
 * features' services, which the web console calls too; and services tell {@code Progress} rather
 * than print, so that either door can show what they say.
 */
@AnalyzeClasses(packages = "fi.kanta", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String CLI = "fi.kanta.cli..";

    /** {@code main} runs the command line: the one class outside it that may name it. */
    private static final String ENTRY_POINT = "fi.kanta.KantaApplication";

    @ArchTest
    static final ArchRule featuresFormNoCycles = slices().matching("fi.kanta.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule commandsCallServicesNotTheDatabaseOrJobs = noClasses().that().resideInAPackage(CLI)
            .should().dependOnClassesThat().areAssignableTo(JdbcTemplate.class)
            .orShould().dependOnClassesThat().areAssignableTo(DataSource.class)
            .orShould().dependOnClassesThat().areAssignableTo(JobOperator.class);

    @ArchTest
    static final ArchRule nothingButTheEntryPointKnowsTheCommandLine = noClasses().that().resideOutsideOfPackage(CLI)
            .and().doNotHaveFullyQualifiedName(ENTRY_POINT)
            .should().dependOnClassesThat().resideInAPackage(CLI);

    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses().that().resideOutsideOfPackage(CLI)
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);
}
