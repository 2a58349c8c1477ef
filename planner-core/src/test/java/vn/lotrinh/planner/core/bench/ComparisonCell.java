package vn.lotrinh.planner.core.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * One configuration's runs on one problem, as the roadmap checker judged them. Of two cells the greater is the better:
 * fewer incomplete runs, then a higher mean objective.
 *
 * @param scoreCalculationSpeed score calculations per second over the whole solves, as the benchmarker measures them
 */
record ComparisonCell(List<Run> runs, long scoreCalculationSpeed) implements Comparable<ComparisonCell> {

    private static final int MEAN_SCALE = 6;

    /**
     * One solve's best roadmap as the checker judged it.
     *
     * @param objectiveValue the objective the checker recomputed ({@code -makespan} under MIN_MAKESPAN); null after a
     *     crash
     * @param complete solved without a crash, every hard rule kept and every {@code MUST} component scheduled
     * @param score the solver's score of the roadmap; null after a crash
     * @param dispute where the solver's score and the checker disagree, or the crash; null if neither
     */
    record Run(BigDecimal objectiveValue, boolean complete, HardMediumSoftLongScore score, String dispute) {

        static Run crashed(String why) {
            return new Run(null, false, null, why);
        }
    }

    ComparisonCell {
        runs = List.copyOf(runs);
    }

    long incompleteRuns() {
        return runs.stream().filter(run -> !run.complete()).count();
    }

    /** The mean objective of the complete runs; null if there are none. */
    BigDecimal meanObjective() {
        List<BigDecimal> values = runs.stream().filter(Run::complete).map(Run::objectiveValue).toList();
        return values.isEmpty()
                ? null
                : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(values.size()), MEAN_SCALE, RoundingMode.HALF_EVEN);
    }

    /** The best score of the runs; null if every run crashed. */
    HardMediumSoftLongScore bestScore() {
        return runs.stream().map(Run::score).filter(Objects::nonNull)
                .max(HardMediumSoftLongScore::compareTo).orElse(null);
    }

    @Override
    public int compareTo(ComparisonCell other) {
        int byCompleteness = Long.compare(other.incompleteRuns(), incompleteRuns());
        if (byCompleteness != 0) {
            return byCompleteness;
        }
        BigDecimal mine = meanObjective();
        BigDecimal theirs = other.meanObjective();
        if (mine == null || theirs == null) {
            return mine == null ? (theirs == null ? 0 : -1) : 1;
        }
        return mine.compareTo(theirs);
    }
}
