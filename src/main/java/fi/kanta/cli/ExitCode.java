package fi.kanta.cli;

/** The exit codes every kanta command keeps to (docs/architecture.md "Commands"). */
public final class ExitCode {

    public static final int DONE = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private ExitCode() {
    }
}
