package fi.kanta.delivery;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Pauses the calling thread; tests pass one that only records the pauses asked for. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = pause -> TimeUnit.NANOSECONDS.sleep(pause.toNanos());

    void sleep(Duration pause) throws InterruptedException;
}
