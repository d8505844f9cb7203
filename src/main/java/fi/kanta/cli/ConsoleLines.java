package fi.kanta.cli;

import fi.kanta.progress.ProgressListener;

/**
 * What the command line does with the messages of jobs and services: prints each as a line of its
 * own on standard output, as it comes, so a long import or run shows what it is doing.
 */
final class ConsoleLines implements ProgressListener {

    @Override
    public void message(String line) {
        // System.out when printed, not when listening started: tests capture it by replacing it
        System.out.println(line);
    }
}
