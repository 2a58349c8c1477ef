package vn.lotrinh.planner.core.frontier;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import vn.lotrinh.planner.core.solver.SolveOptions;

/**
 * What budget frontier to trace: the budgets scaled by each factor in turn, lowest first — every budget of the plan,
 * or only one funding source's — each point solved under {@code options}.
 *
 * @param scales distinct factors, ascending
 * @param fundingSource the one budget line scaled, or {@code null} for every budget
 */
public record FrontierSpec(List<BigDecimal> scales, String fundingSource, SolveOptions options) {

    /** The factors of a frontier when none are given: 0.5, 0.6, … 1.5. */
    public static final List<BigDecimal> DEFAULT_SCALES = IntStream.rangeClosed(5, 15)
            .mapToObj(tenths -> plain(BigDecimal.valueOf(tenths, 1))).toList();

    public FrontierSpec {
        scales = scales.stream().map(FrontierSpec::plain).distinct().sorted().toList();
        if (scales.isEmpty()) {
            throw new IllegalArgumentException("a frontier needs at least one scale");
        }
    }

    /** The number without trailing zeros, in plain notation: 1 rather than 1.0, 10 rather than 1E+1. */
    static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
