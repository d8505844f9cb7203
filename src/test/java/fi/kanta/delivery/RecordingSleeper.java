package fi.kanta.delivery;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sleeper that does not sleep, and remembers the pauses it was asked for. */
final class RecordingSleeper implements Sleeper {

    final List<Duration> pauses = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration pause) {
        pauses.add(pause);
    }
}
