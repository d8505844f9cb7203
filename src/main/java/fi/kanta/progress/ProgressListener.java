package fi.kanta.progress;

/**
 * Someone following a piece of work: the command line prints what it hears as lines (and a bar for
 * long work), a web page can show it. Jobs and services never print; they tell {@link Progress}.
 */
public interface ProgressListener {

    /** One line for the person who started the work, as the command line would print it. */
    void message(String line);

    /**
     * How far a long piece of work has come ({@code total} 0 when unknown). The default says
     * nothing: the command line shows it through the lines it is also told.
     */
    default void progress(String work, long done, long failed, long total) {
    }
}
