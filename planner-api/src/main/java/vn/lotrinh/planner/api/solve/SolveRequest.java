package vn.lotrinh.planner.api.solve;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.read.PlanError;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.solver.Engine;
import vn.lotrinh.planner.core.solver.SolveOptions;

/**
 * The body of {@code POST /api/plans/{planId}/solve}; every field may be left out.
 *
 * @param objective one of {@link Objective}, default {@code VALUE_OVER_TIME}
 * @param timeLimitSeconds the longest the solve may run, in seconds
 * @param unimprovedTimeLimitSeconds stop after this many seconds without a better roadmap
 * @param baselineJobId re-plan from this job's roadmap (a job of this plan or of the plan it derives from)
 * @param asOf with a baseline: the first period that may still change; what the baseline starts earlier stays
 * @param stability with a baseline: the factor of what a change costs (see {@code core.solver.Baseline}), default 1
 * @param engine one of {@link Engine}: which searches run, default {@code lotrinh.solve.engines} ({@code AUTO})
 */
public record SolveRequest(String objective, BigDecimal timeLimitSeconds, BigDecimal unimprovedTimeLimitSeconds,
        String baselineJobId, String asOf, BigDecimal stability, String engine) {

    public static SolveRequest empty() {
        return ofLimit(null, null);
    }

    /** A fresh solve under the objective for at most the time limit (either may be {@code null}: the default). */
    public static SolveRequest ofLimit(String objective, BigDecimal timeLimitSeconds) {
        return new SolveRequest(objective, timeLimitSeconds, null, null, null, null, null);
    }

    /**
     * The solver's options, for a request that holds these fields beside others of its own: adds every error to
     * {@code errors}, with pointers to the fields at the request's root, and answers {@code null} when there is one.
     *
     * @param defaultTimeLimit the time limit when the request names none
     */
    public SolveOptions toOptions(SolveProperties properties, Duration defaultTimeLimit, List<PlanError> errors) {
        int errorsBefore = errors.size();
        Objective chosen = Objective.VALUE_OVER_TIME;
        if (objective != null) {
            try {
                chosen = Objective.valueOf(objective);
            } catch (IllegalArgumentException e) {
                errors.add(new PlanError("/objective", oneOf(Objective.values())));
            }
        }
        Duration timeLimit = duration(timeLimitSeconds, "/timeLimitSeconds", properties, errors);
        Duration unimproved = duration(unimprovedTimeLimitSeconds, "/unimprovedTimeLimitSeconds", properties, errors);
        Engine engines = engine(properties.engines(), errors);
        if (errors.size() > errorsBefore) {
            return null;
        }
        SolveOptions options = SolveOptions.of(chosen, timeLimit != null ? timeLimit : defaultTimeLimit)
                .withEngine(engines).withExact(properties.exact().settings());
        return unimproved != null ? options.withUnimprovedTimeLimit(unimproved) : options;
    }

    /** The engine asked for, or the service's; a service that runs the heuristic alone refuses any other. */
    private Engine engine(Engine serviceEngine, List<PlanError> errors) {
        if (engine == null) {
            return serviceEngine;
        }
        Engine asked;
        try {
            asked = Engine.valueOf(engine);
        } catch (IllegalArgumentException e) {
            errors.add(new PlanError("/engine", oneOf(Engine.values())));
            return null;
        }
        if (serviceEngine == Engine.HEURISTIC && asked != Engine.HEURISTIC) {
            errors.add(new PlanError("/engine", Text.of("must be HEURISTIC: this service runs no exact search",
                    "phải là HEURISTIC: dịch vụ này không chạy tìm kiếm chính xác")));
        }
        return asked;
    }

    private static Duration duration(BigDecimal seconds, String pointer, SolveProperties properties,
            List<PlanError> errors) {
        if (seconds == null) {
            return null;
        }
        BigDecimal maxSeconds = BigDecimal.valueOf(properties.maxTimeLimit().toMillis(), 3);
        if (seconds.compareTo(new BigDecimal("0.1")) < 0 || seconds.compareTo(maxSeconds) > 0) {
            errors.add(new PlanError(pointer, Text.format("must be between 0.1 and {0} seconds",
                    "phải từ 0.1 đến {0} giây", maxSeconds.stripTrailingZeros().toPlainString())));
            return null;
        }
        return Duration.ofMillis(seconds.movePointRight(3).longValue());
    }

    private static Text oneOf(Enum<?>[] values) {
        return Text.format("must be one of {0}", "phải là một trong {0}", Arrays.toString(values));
    }
}
