package vn.lotrinh.planner.api.solve;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import vn.lotrinh.planner.core.solver.Engine;
import vn.lotrinh.planner.core.solver.SolveOptions;
import vn.lotrinh.planner.core.solver.exact.ExactSettings;

/**
 * How solve jobs run ({@code lotrinh.solve.*}).
 *
 * @param maxConcurrent solves running at once; 0 means one per {@link SolveOptions#DEFAULT_SEARCH_THREADS} available
 *     processors (each solve runs that many searches side by side), at least one
 * @param queueCapacity solves waiting for a free slot; more are refused with {@code 503}
 * @param persistInterval how often a running job's best roadmap so far is written
 * @param defaultTimeLimit a solve's time limit when the request names none
 * @param maxTimeLimit the longest time limit a request may ask for
 * @param engines the engine of a request that names none; {@code HEURISTIC} also refuses requests for another, so
 *     that the exact search never runs (where OR-Tools' natives do not ship, for instance)
 * @param exact which plans the exact search takes and how it runs
 */
@ConfigurationProperties("lotrinh.solve")
public record SolveProperties(
        @DefaultValue("0") int maxConcurrent,
        @DefaultValue("32") int queueCapacity,
        @DefaultValue("500ms") Duration persistInterval,
        @DefaultValue("10s") Duration defaultTimeLimit,
        @DefaultValue("1h") Duration maxTimeLimit,
        @DefaultValue("AUTO") Engine engines,
        @DefaultValue Exact exact) {

    /**
     * The exact search ({@code lotrinh.solve.exact.*}).
     *
     * @param maxModelSize the largest plan it takes, in start choices (see {@link ExactSettings#maxModelSize})
     * @param threads CP-SAT's workers per solve
     * @param maxMemory the memory CP-SAT may take per solve before it stops its search, keeping what it found
     */
    public record Exact(
            @DefaultValue("" + ExactSettings.DEFAULT_MAX_MODEL_SIZE) long maxModelSize,
            @DefaultValue("" + ExactSettings.DEFAULT_WORKERS) int threads,
            @DefaultValue("" + ExactSettings.DEFAULT_MAX_MEMORY_MB + "MB") DataSize maxMemory) {

        public ExactSettings settings() {
            return new ExactSettings(maxModelSize, threads, maxMemory.toMegabytes(), null);
        }
    }

    public int effectiveMaxConcurrent() {
        return maxConcurrent > 0 ? maxConcurrent
                : Math.max(1, Runtime.getRuntime().availableProcessors() / SolveOptions.DEFAULT_SEARCH_THREADS);
    }
}
