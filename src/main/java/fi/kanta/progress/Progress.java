package fi.kanta.progress;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where jobs and services report what they are doing. It hands each message to whoever listens
 * (the command line, a web page); with nobody listening (a test, a scheduled round in the
 * background) messages go to the log, so nothing is lost and nothing is printed below the
 * command line.
 */
@Component
public class Progress implements ProgressListener {

    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);

    private final List<ProgressListener> listeners = new CopyOnWriteArrayList<>();

    /** Starts telling {@code listener}; closing the returned handle stops it. */
    public Listening listen(ProgressListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void message(String line) {
        if (listeners.isEmpty()) {
            LOG.info("{}", line);
        }
        listeners.forEach(listener -> listener.message(line));
    }

    /**
     * Tells a text of whole lines (a report as a terminal shows it, each line ending in a line
     * break) as one message a line.
     */
    public void lines(String text) {
        text.lines().forEach(this::message);
    }

    /** Formats like {@link String#format} and tells it as one message. */
    public void message(String format, Object... args) {
        message(String.format(format, args));
    }

    @Override
    public void progress(String work, long done, long failed, long total) {
        listeners.forEach(listener -> listener.progress(work, done, failed, total));
    }

    /** A listener's subscription; closing it ends it. */
    @FunctionalInterface
    public interface Listening extends AutoCloseable {
        @Override
        void close();
    }
}
