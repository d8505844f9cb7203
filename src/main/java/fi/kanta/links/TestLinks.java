package fi.kanta.links;

/**
 * The personal links of a test send ({@code kanta run CAMPAIGN --test-to ADDRESS}): signed like a
 * run's, for the sample customer, but naming this run key, which no run can have (run keys are
 * letters, digits, dots, dashes and underscores). The public pages answer such a link with "this
 * was a test message" and record nothing.
 */
public final class TestLinks {

    public static final String RUN_KEY = "[test]";

    private TestLinks() {
    }

    public static boolean isTest(String runKey) {
        return RUN_KEY.equals(runKey);
    }
}
