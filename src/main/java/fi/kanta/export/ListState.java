package fi.kanta.export;

/** Where a list file is: open for rows, refused (a row had a wrong value), or finished. */
final class ListState {

    private String closedBecause;

    void checkOpen() {
        if (closedBecause != null) {
            throw new IllegalStateException("the list " + closedBecause);
        }
    }

    void refused() {
        closedBecause = "cannot continue after a refused row";
    }

    void finish() {
        checkOpen();
        closedBecause = "is finished";
    }
}
