package vn.lotrinh.planner.api.solve;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.lotrinh.planner.core.solver.SolveOptions;

/**
 * How solve jobs run ({@code lotrinh.solve.*}).
 *
 * @param maxConcurrent solves running at once; 0 means one per {@link SolveOptions#DEFAULT_SEARCH_THREADS} available
 *     processors (each solve runs that many searches side by side), at least one
 * @param queueCapacity solves waiting for a free slot; more are refused with {@code 503}
 * @param persistInterval how often a running job's best roadmap so far is written
 * @param defaultTimeLimit a solve's time limit when the request names none
 * @param maxTimeLimit the longest time limit a request may ask for
 */
@ConfigurationProperties("lotrinh.solve")
public record SolveProperties(
        @DefaultValue("0") int maxConcurrent,
        @DefaultValue("32") int queueCapacity,
        @DefaultValue("500ms") Duration persistInterval,
        @DefaultValue("10s") Duration defaultTimeLimit,
        @DefaultValue("1h") Duration maxTimeLimit) {

    public int effectiveMaxConcurrent() {
        return maxConcurrent > 0 ? maxConcurrent
                : Math.max(1, Runtime.getRuntime().availableProcessors() / SolveOptions.DEFAULT_SEARCH_THREADS);
    }
}
