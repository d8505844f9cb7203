package fi.kanta.report;

import org.springframework.boot.test.context.SpringBootTest;

/** The NPS report on the embedded default: an HSQLDB file database in a temporary home. */
@SpringBootTest
class HsqldbNpsReportTest extends NpsReportContractTest {
}
