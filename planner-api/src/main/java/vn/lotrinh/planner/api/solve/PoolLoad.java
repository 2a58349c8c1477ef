package vn.lotrinh.planner.api.solve;

/**
 * How busy the solve pool is at one moment.
 *
 * @param running solves and frontiers being worked on
 * @param queued those waiting for a thread
 * @param threads how many run at once at most
 * @param queueCapacity how many may wait; a job beyond is refused with {@code 503}
 * @param accepting whether the pool takes work (false before start-up ends and after shutdown begins)
 */
public record PoolLoad(int running, int queued, int threads, int queueCapacity, boolean accepting) {

    public boolean queueFull() {
        return queued >= queueCapacity;
    }
}
