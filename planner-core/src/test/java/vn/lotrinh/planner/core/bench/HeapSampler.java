package vn.lotrinh.planner.core.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap a piece of work needs, measured two ways while it runs: the peak of the used heap, sampled every
 * {@value #SAMPLE_MILLIS} ms (it includes garbage not yet collected, so it depends on the collector's pace and the
 * maximum heap), and the peak of what was left after each garbage collection (close to the live data; no collection,
 * no figure).
 */
final class HeapSampler implements AutoCloseable {

    private static final long SAMPLE_MILLIS = 50;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toUnmodifiableSet());
    private final AtomicLong peakUsedBytes = new AtomicLong();
    private final AtomicLong peakAfterGcBytes = new AtomicLong(-1);
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener afterGc = this::onGarbageCollection;
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapSampler() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(afterGc, null, null);
                emitters.add(emitter);
            }
        }
        sampler = new Thread(this::sample, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts sampling. */
    static HeapSampler start() {
        return new HeapSampler();
    }

    long peakUsedBytes() {
        return peakUsedBytes.get();
    }

    /** The largest heap left after a garbage collection, or {@code -1} when none ran. */
    long peakAfterGcBytes() {
        return peakAfterGcBytes.get();
    }

    private void sample() {
        while (running) {
            peakUsedBytes.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void onGarbageCollection(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        // The usage after a collection covers every memory pool, metaspace and code cache included.
        long afterBytes = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(pool -> heapPools.contains(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed())
                .sum();
        peakAfterGcBytes.accumulateAndGet(afterBytes, Math::max);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        peakUsedBytes.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(afterGc);
            } catch (ListenerNotFoundException e) {
                // Registered in the constructor: cannot happen.
            }
        }
    }
}
