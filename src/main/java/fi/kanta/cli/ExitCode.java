package fi.kanta.cli;

/** The exit codes every kanta command keeps to (docs/architecture.md "Commands"). */
public final class ExitCode {

    public static final int DONE = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    /** A campaign run sent what it could, but some emails may not have arrived (UNCONFIRMED). */
    public static final int UNCONFIRMED = 3;

    /** The exit code of a campaign launch or resume. */
    public static int of(fi.kanta.run.Launch.Status status) {
        return switch (status) {
            case DONE, SELECTED -> DONE;
            case UNCONFIRMED -> UNCONFIRMED;
            case FAILED, ALREADY_DONE, ALREADY_RUNNING -> FAILED;
        };
    }

    private ExitCode() {
    }
}
