package fi.kanta.outbox;

import fi.kanta.progress.Progress;
import fi.kanta.words.Words;

/** Progress while sending: done, failed, rate and time left, at most every few seconds. */
final class DeliveryProgress {

    private static final long EVERY_NANOS = 3_000_000_000L;

    private final Progress progress;
    private final Words words;
    private final String what;
    private final long total;
    private final long started = System.nanoTime();
    private long lastShown = started;
    private long done;
    private long failed;

    /** {@code what}: the code a listener gets ({@code emails}); the line says it in {@code words}. */
    DeliveryProgress(Progress progress, Words words, String what, long total) {
        this.progress = progress;
        this.words = words;
        this.what = what;
        this.total = total;
    }

    void add(long doneNow, long failedNow) {
        done += doneNow;
        failed += failedNow;
        progress.progress(what, done, failed, total);
        long now = System.nanoTime();
        if (now - lastShown >= EVERY_NANOS) {
            lastShown = now;
            progress.message(line());
        }
    }

    String line() {
        double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        double rate = (done + failed) / seconds;
        long left = Math.max(0, total - done - failed);
        return words.text("run.sending.progress", words.text("run.sending." + what), done, total, failed, Math.round(rate),
                rate > 0 && left > 0 ? words.text("run.sending.left", Math.round(left / rate)) : "");
    }

    long done() {
        return done;
    }

    long failed() {
        return failed;
    }
}
