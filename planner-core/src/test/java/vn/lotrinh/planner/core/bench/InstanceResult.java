package vn.lotrinh.planner.core.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One benchmark instance measured against its reference value (a proven optimum, a bound, a best-known value or
 * another solver's result).
 *
 * @param instance the instance's name as the report prints it and {@code bench.only} accepts it
 * @param reference the reference value as the report prints it
 * @param solverValue the solver's value in the same terms, {@code —} when the solve crashed
 * @param gapPercent how far the solver's value falls short of the reference, in percent of the reference (negative
 *     when it does better); {@code null} when the solve gave no feasible, complete roadmap to measure
 * @param atReference whether the solver's value equals the reference (or beats it)
 * @param outcome the checked solve
 */
record InstanceResult(String instance, String reference, String solverValue, Double gapPercent, boolean atReference,
        CheckedSolver.Outcome outcome) {

    static final List<String> HEADER = List.of(
            "instance", "reference", "solver", "gap", "time to final value", "failure");
    static final List<String> SUMMARY_HEADER = List.of(
            "set", "instances", "at the reference", "mean gap", "worst gap (instance)", "mean time to final value",
            "MUST deferred", "failures");

    InstanceResult {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(solverValue, "solverValue");
        Objects.requireNonNull(outcome, "outcome");
    }

    /**
     * A result whose gap counts only when the solve gave a feasible roadmap with every {@code MUST} component;
     * {@code solverValue} and {@code gapPercent} are ignored otherwise.
     */
    static InstanceResult of(String instance, String reference, CheckedSolver.Outcome outcome, String solverValue,
            double gapPercent, boolean atReference) {
        boolean measurable = outcome.objectiveValue() != null && outcome.feasible() && outcome.deferredMust().isEmpty();
        return new InstanceResult(instance, reference, outcome.objectiveValue() == null ? "—" : solverValue,
                measurable ? gapPercent : null, measurable && atReference, outcome);
    }

    /** The per-instance row under {@link #HEADER}. */
    List<String> row() {
        return List.of(instance, reference, solverValue,
                gapPercent == null ? "—" : BenchmarkReport.percent(gapPercent),
                BenchmarkReport.seconds(outcome.secondsToValue()),
                outcome.failed()
                        ? "**" + String.join("; ", outcome.discrepancies()) + "**"
                        : outcome.deferredMust().isEmpty() ? "" : "MUST deferred: " + outcome.deferredMust());
    }

    /** The summary row of a set under {@link #SUMMARY_HEADER}. */
    static List<String> summaryRow(String set, List<InstanceResult> results) {
        List<InstanceResult> measured = results.stream().filter(r -> r.gapPercent() != null).toList();
        OptionalDouble meanGap = measured.stream().mapToDouble(InstanceResult::gapPercent).average();
        String worst = measured.stream()
                .max(Comparator.comparingDouble(InstanceResult::gapPercent))
                .map(r -> BenchmarkReport.percent(r.gapPercent()) + " (" + r.instance() + ")")
                .orElse("—");
        double meanSeconds = results.stream().mapToDouble(r -> r.outcome().secondsToValue()).average().orElse(0);
        return List.of(set, Integer.toString(results.size()),
                Long.toString(results.stream().filter(InstanceResult::atReference).count()),
                meanGap.isPresent() ? BenchmarkReport.percent(meanGap.getAsDouble()) : "—",
                worst,
                BenchmarkReport.seconds(meanSeconds),
                Long.toString(incomplete(results).size()),
                Long.toString(failures(results).size()));
    }

    /** The results the checker disputes, and crashes. */
    static List<InstanceResult> failures(List<InstanceResult> results) {
        return results.stream().filter(r -> r.outcome().failed()).toList();
    }

    /** Legal roadmaps that leave a {@code MUST} component out: in these benchmarks, every {@code MUST} fits. */
    static List<InstanceResult> incomplete(List<InstanceResult> results) {
        return results.stream().filter(r -> !r.outcome().failed() && !r.outcome().deferredMust().isEmpty()).toList();
    }

    /**
     * The failures and the roadmaps with a {@code MUST} component deferred, each as a Markdown list naming the
     * instance, or a line saying there were none.
     */
    static String failureList(List<InstanceResult> results, Class<?> benchmark) {
        String rerun = " (rerun one with `" + BenchProperties.commandLine(benchmark) + " -Dbench.only='<instance>'`)";
        StringBuilder text = new StringBuilder();
        List<InstanceResult> failed = failures(results);
        if (failed.isEmpty()) {
            text.append("**Failures:** none: every roadmap passed the `RoadmapChecker`, which recomputed the ")
                    .append("objective the solver reported.\n");
        } else {
            text.append("**Failures**").append(rerun).append(":\n\n");
            failed.forEach(r -> text.append("- ").append(r.instance()).append(": ")
                    .append(String.join("; ", r.outcome().discrepancies())).append('\n'));
        }
        List<InstanceResult> incomplete = incomplete(results);
        if (!incomplete.isEmpty()) {
            text.append("\n**MUST components deferred** although a roadmap with all of them exists").append(rerun)
                    .append(":\n\n");
            incomplete.forEach(r -> text.append("- ").append(r.instance()).append(": ")
                    .append(String.join(", ", r.outcome().deferredMust())).append('\n'));
        }
        return text.toString();
    }

    /** Every result in a folded per-instance table. */
    static String detailTable(List<InstanceResult> results) {
        return BenchmarkReport.details("Per instance",
                BenchmarkReport.table(HEADER, results.stream().map(InstanceResult::row).toList()));
    }
}
