package vn.lotrinh.planner.api.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.lotrinh.planner.api.solve.SolveEnded;
import vn.lotrinh.planner.api.solve.SolveQueue;
import vn.lotrinh.planner.api.tables.PlanImported;

/**
 * The service's own meters, read at {@code /actuator/metrics/<name>}:
 * <ul>
 *   <li>{@code lotrinh.solves.running}, {@code lotrinh.solves.queued}: jobs of the solve pool now (gauges);</li>
 *   <li>{@code lotrinh.solves.finished}: solves ended, tagged {@code outcome} ({@code completed},
 *       {@code terminated}, {@code failed});</li>
 *   <li>{@code lotrinh.solve.duration}: how long each solve ran, tagged {@code outcome};</li>
 *   <li>{@code lotrinh.import.duration}: how long each import took, tagged {@code format} and {@code outcome}
 *       ({@code stored}, {@code refused}).</li>
 * </ul>
 */
@Component
class ServiceMeters {

    private final MeterRegistry registry;

    ServiceMeters(MeterRegistry registry, SolveQueue queue) {
        this.registry = registry;
        Gauge.builder("lotrinh.solves.running", queue, q -> q.load().running())
                .description("Solves and frontiers being worked on").register(registry);
        Gauge.builder("lotrinh.solves.queued", queue, q -> q.load().queued())
                .description("Solves and frontiers waiting for a thread").register(registry);
    }

    @EventListener
    void onSolveEnded(SolveEnded ended) {
        String outcome = ended.status().name().toLowerCase(Locale.ROOT);
        Counter.builder("lotrinh.solves.finished").description("Solves ended, by outcome")
                .tag("outcome", outcome).register(registry).increment();
        Timer.builder("lotrinh.solve.duration").description("How long a solve ran")
                .tag("outcome", outcome).register(registry).record(ended.took());
    }

    @EventListener
    void onPlanImported(PlanImported imported) {
        Timer.builder("lotrinh.import.duration").description("How long an import took to read, check and store")
                .tag("format", imported.format()).tag("outcome", imported.stored() ? "stored" : "refused")
                .register(registry).record(imported.took());
    }
}
