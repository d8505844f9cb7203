package fi.kanta.web;

import org.springframework.boot.test.context.SpringBootTest;

/** The feedback answer pages on the embedded default: an HSQLDB file database in a temporary home. */
@SpringBootTest(properties = UnsubscribePageContractTest.SERVLET)
class HsqldbFeedbackPageTest extends FeedbackPageContractTest {
}
