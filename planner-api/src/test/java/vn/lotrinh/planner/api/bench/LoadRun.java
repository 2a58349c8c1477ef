package vn.lotrinh.planner.api.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load run: {@code clients} threads send {@code GET uri} back to back until {@code requests} have been
 * answered between them. Each thread is one client with its own kept-alive connection (the JDK's blocking
 * {@link HttpURLConnection}, lighter on the shared cores than {@code java.net.http.HttpClient}). Every answer must be
 * {@code 200}; a request's time runs from sending it to reading the last byte of the body as sent (a gzip body is
 * not inflated, as load tools such as wrk do not). Bodies are read into one buffer per client and dropped, so that
 * the clients, which share the service's JVM, add little garbage to its heap.
 */
final class LoadRun {

    private LoadRun() {
    }

    static Latencies run(URI uri, Map<String, String> headers, int clients, int requests)
            throws InterruptedException {
        long[] nanos = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                byte[] buffer = new byte[64 * 1024];
                ready.countDown();
                try {
                    go.await();
                    for (int i = next.getAndIncrement(); i < requests && failure.get() == null;
                            i = next.getAndIncrement()) {
                        long start = System.nanoTime();
                        int status = get(uri, headers, buffer);
                        nanos[i] = System.nanoTime() - start;
                        if (status != 200) {
                            throw new IllegalStateException("GET " + uri + " answered " + status);
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    failure.compareAndSet(null, e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure.compareAndSet(null, e);
                }
            }, "load-client-" + c);
            threads.add(thread);
            thread.start();
        }
        ready.await();
        long[] gcBefore = collections();
        long start = System.nanoTime();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        long wall = System.nanoTime() - start;
        long[] gcAfter = collections();
        if (failure.get() != null) {
            throw new IllegalStateException("the load run failed", failure.get());
        }
        return Latencies.of(nanos, wall, gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1]);
    }

    /** Garbage collections so far in this JVM, the service's and the clients': count and milliseconds. */
    private static long[] collections() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, collector.getCollectionCount());
            millis += Math.max(0, collector.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    /** One request; the body is read to its end so that the connection is kept for the next one. */
    private static int get(URI uri, Map<String, String> headers, byte[] buffer) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        headers.forEach(connection::setRequestProperty);
        int status = connection.getResponseCode();
        try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            while (body != null && body.read(buffer) >= 0) {
                // read to the end, keeping nothing
            }
        }
        return status;
    }
}
