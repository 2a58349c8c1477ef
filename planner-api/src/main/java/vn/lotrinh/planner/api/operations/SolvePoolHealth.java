package vn.lotrinh.planner.api.operations;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import vn.lotrinh.planner.api.solve.PoolLoad;
import vn.lotrinh.planner.api.solve.SolveQueue;

/**
 * The solve pool as the health endpoint shows it ({@code solvePool}): {@code UP} while it takes work, with how many
 * jobs run and wait; {@code OUT_OF_SERVICE} while it does not (starting or shutting down). A full queue stays
 * {@code UP}: the service still answers, and refuses new solves with {@code 503} until a place frees.
 */
@Component("solvePool")
class SolvePoolHealth implements HealthIndicator {

    private final SolveQueue queue;

    SolvePoolHealth(SolveQueue queue) {
        this.queue = queue;
    }

    @Override
    public Health health() {
        PoolLoad load = queue.load();
        Health.Builder health = load.accepting() ? Health.up() : Health.outOfService();
        return health.withDetail("running", load.running())
                .withDetail("queued", load.queued())
                .withDetail("threads", load.threads())
                .withDetail("queueCapacity", load.queueCapacity())
                .withDetail("queueFull", load.queueFull())
                .build();
    }
}
