package fi.kanta.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;

/** The most heap in use (live objects and garbage not yet collected), sampled every 20 ms. */
final class PeakHeap {

    private static final AtomicLong PEAK = new AtomicLong();

    static {
        Thread sampler = new Thread(() -> {
            var memory = ManagementFactory.getMemoryMXBean();
            while (true) {
                PEAK.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private PeakHeap() {
    }

    /** Collects garbage and starts a new measurement. */
    static void reset() {
        System.gc();
        PEAK.set(0);
    }

    /** The most heap in use seen since the last reset. */
    static long megabytes() {
        return PEAK.get() >> 20;
    }
}
