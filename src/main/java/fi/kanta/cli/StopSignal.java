package fi.kanta.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Waits for Ctrl-C (SIGINT) or SIGTERM. The JVM's own handling would run the shutdown hooks and
 * exit 130 or 143 behind the command's back; taking the signals here lets {@code kanta serve} stop
 * its servers in order, close the application and exit 0, like any finished command. The previous
 * handlers come back on {@link #close()}.
 */
final class StopSignal implements AutoCloseable {

    private static final List<String> SIGNALS = List.of("INT", "TERM");

    private final CountDownLatch received = new CountDownLatch(1);
    private final List<Runnable> restore = new ArrayList<>();

    StopSignal() {
        for (String name : SIGNALS) {
            try {
                Signal signal = new Signal(name);
                SignalHandler previous = Signal.handle(signal, caught -> received.countDown());
                restore.add(() -> Signal.handle(signal, previous));
            } catch (IllegalArgumentException notOnThisSystem) {
                // e.g. a JVM started with -Xrs: the default handling (shutdown hooks) stays
            }
        }
    }

    void await() throws InterruptedException {
        received.await();
    }

    @Override
    public void close() {
        restore.forEach(Runnable::run);
    }
}
