package fi.kanta.cli;

import fi.kanta.Printable;
import fi.kanta.progress.ProgressListener;

/**
 * What the command line does with the messages of jobs and services: prints each as a line of its
 * own on standard output, as it comes, so a long import or run shows what it is doing. Text from
 * files and servers reaches these lines, so control characters are shown escaped, never sent to
 * the terminal; a message of several lines stays several lines.
 */
final class ConsoleLines implements ProgressListener {

    @Override
    public void message(String line) {
        // System.out when printed, not when listening started: tests capture it by replacing it
        System.out.println(printable(line));
    }

    /** The text with each of its lines' control characters escaped (line breaks kept as breaks). */
    static String printable(String text) {
        if (text == null) {
            return null;
        }
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = Printable.escape(lines[i]);
        }
        return String.join(System.lineSeparator(), lines);
    }
}
