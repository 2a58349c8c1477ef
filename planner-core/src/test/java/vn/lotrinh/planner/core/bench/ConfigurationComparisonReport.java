package vn.lotrinh.planner.core.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;
import vn.lotrinh.planner.core.solver.SolverConfigs;

/**
 * The {@code configurations} section of {@code docs/benchmarks.md}: what was compared and how, the configurations'
 * ranks over the problems, a conclusion computed from them, and the per-problem results. Configuration 0 is production.
 */
final class ConfigurationComparisonReport {

    private static final int PRODUCTION = 0;

    /**
     * How the benchmark ran.
     *
     * @param reportDirectory the benchmarker's report, relative to {@code planner-core}
     */
    record Settings(Duration timeLimit, int runs, int parallel, long warmUpSeconds, Path reportDirectory) {
    }

    private final List<LocalSearchConfiguration> configurations;
    private final List<LoadedProblem> problems;
    private final ComparisonCell[][] cells;
    /** The problems every configuration has a result for: the ones ranked. */
    private final List<Integer> ranked;
    private final ConfigurationRanking<ComparisonCell> ranking;

    /**
     * @param cells by problem, then configuration; null where the benchmarker returned no result
     */
    ConfigurationComparisonReport(List<LocalSearchConfiguration> configurations, List<LoadedProblem> problems,
            ComparisonCell[][] cells) {
        this.configurations = configurations;
        this.problems = problems;
        this.cells = cells;
        this.ranked = IntStream.range(0, problems.size())
                .filter(p -> IntStream.range(0, configurations.size()).allMatch(c -> cells[p][c] != null))
                .boxed()
                .toList();
        this.ranking = ranking(problem -> true);
    }

    /** Solves the checker disputes, crashes, and missing results, one line each. */
    List<String> disputes() {
        List<String> disputes = new ArrayList<>();
        for (int p = 0; p < problems.size(); p++) {
            for (int c = 0; c < configurations.size(); c++) {
                String where = problems.get(p).problem().name() + ", " + configurations.get(c).name() + ": ";
                if (cells[p][c] == null) {
                    disputes.add(where + "no result");
                    continue;
                }
                cells[p][c].runs().stream().map(ComparisonCell.Run::dispute).filter(Objects::nonNull)
                        .forEach(dispute -> disputes.add(where + dispute));
            }
        }
        return disputes;
    }

    String body(Settings settings) {
        StringBuilder body = new StringBuilder();
        body.append(method(settings)).append("\n\n");
        body.append(BenchmarkReport.table(List.of("configuration", "acceptor, forager", "why"),
                configurations.stream().map(this::configurationRow).toList()));
        body.append('\n');
        body.append(BenchmarkReport.table(List.of("configuration", "best or tied-best", "average rank",
                        "mean gap to the best", "score calculations/s (whole solve)", "incomplete runs"),
                IntStream.range(0, configurations.size()).mapToObj(this::summaryRow).toList()));
        body.append("\nGap to the best: how far a configuration's mean objective falls short of the best ")
                .append("configuration's on a problem, in percent of it, averaged over the problems. Incomplete ")
                .append("runs: crashed, broke a rule or deferred a MUST component.\n\n");
        body.append("**Conclusion** (computed from the tables): ").append(conclusion(settings.runs())).append("\n\n");
        body.append(BenchmarkReport.table(perProblemHeader("SA temperature"),
                IntStream.range(0, ranked.size()).mapToObj(this::perProblemRow).toList()));
        body.append("\nMean objective over the runs: the value under MAX_VALUE and VALUE_OVER_TIME (higher is ")
                .append("better), the makespan in periods under MIN_MAKESPAN (lower is better); **bold** is best or ")
                .append("tied-best. SA temperature: simulated annealing's starting temperature on the soft level.\n\n");
        body.append(BenchmarkReport.details(
                "Best score per configuration (best of the runs, as the benchmarker reports it)",
                BenchmarkReport.table(perProblemHeader(null), ranked.stream().map(this::bestScoreRow).toList())));
        List<String> disputes = disputes();
        if (!disputes.isEmpty()) {
            body.append("\n**Disputed or failed solves:**\n\n");
            disputes.forEach(d -> body.append("- ").append(d).append('\n'));
        }
        return body.toString();
    }

    private static String method(Settings settings) {
        int runs = settings.runs();
        return "OptaPlanner's benchmarker (`optaplanner-benchmark`) runs each configuration on each problem "
                + (runs == 1 ? "once" : runs + " times (random seeds 0 … " + (runs - 1) + ")") + ", "
                + BenchmarkReport.seconds(settings.timeLimit().toMillis() / 1e3)
                + " of local search per solve after the same greedy construction (the limit is on the local search "
                + "phase, as in production, so every configuration searches equally long), one solver thread per "
                + "solve, " + settings.parallel() + " solves side by side, after " + settings.warmUpSeconds()
                + " s of warm-up. (The service runs two searches per solve and keeps the better; here a solve is one "
                + "search, so that configurations are compared, not the luck of two seeds.) Every configuration is "
                + "the production solver (`SolverConfigs.forProblem`: greedy construction, then local search over "
                + "change, swap, cascading, ruin-and-recreate and activity-list moves, the last drawn "
                + (int) SolverConfigs.ACTIVITY_LIST_WEIGHT_FOR_MAKESPAN + " times as often under MIN_MAKESPAN) with only the local search's acceptor and forager replaced. Each best roadmap is checked by the `RoadmapChecker`, which recomputes the "
                + "objective from the starts. A configuration's result on a problem is its mean objective over the "
                + "runs; on every problem the configurations are ranked by it (1 = best, ties share the mean of their "
                + "ranks). The benchmarker's HTML report, with every solve's best score over time, is in "
                + "`planner-core/" + settings.reportDirectory() + "/index.html` after a run (not kept in git).";
    }

    private List<String> configurationRow(LocalSearchConfiguration configuration) {
        List<RoadmapSolution> solutions = problems.stream().map(LoadedProblem::solution).toList();
        String description = configuration.describe(solutions.get(0));
        if (description.contains("simulated annealing")) {
            description = description.replaceFirst(" from [^,]*", " (temperature per problem)");
        }
        return List.of(configuration.name(), description, configuration.rationale());
    }

    private List<String> summaryRow(int c) {
        return List.of(configurations.get(c).name(),
                ranking.bestOrTiedBestCount(c) + " of " + ranking.problems(),
                averageRank(ranking, c),
                BenchmarkReport.percent(meanGap(c)),
                String.format(Locale.ROOT, "%,d", meanSpeed(c)),
                Long.toString(ranked.stream().mapToLong(p -> cells[p][c].incompleteRuns()).sum()));
    }

    private String conclusion(int runs) {
        if (ranking.problems() == 0) {
            return "no problem has a result from every configuration.";
        }
        int best = ranking.bestByAverageRank();
        StringBuilder text = new StringBuilder("over ").append(ranking.problems()).append(" problems, ");
        if (best == PRODUCTION) {
            int runnerUp = IntStream.range(1, configurations.size()).boxed()
                    .min((a, b) -> Double.compare(ranking.averageRank(a), ranking.averageRank(b)))
                    .orElseThrow();
            ConfigurationRanking.HeadToHead h = ranking.headToHead(PRODUCTION, runnerUp);
            text.append("production (").append(configurations.get(PRODUCTION).name())
                    .append(") has the best average rank, ").append(averageRank(ranking, PRODUCTION))
                    .append(", and is best or tied-best on ").append(ranking.bestOrTiedBestCount(PRODUCTION))
                    .append(". The runner-up, ").append(configurations.get(runnerUp).name())
                    .append(" (average rank ").append(averageRank(ranking, runnerUp)).append("), does worse than ")
                    .append("production on ").append(h.wins()).append(", ties on ").append(h.ties())
                    .append(" and does better on ").append(h.losses()).append(" problems. ");
        } else {
            ConfigurationRanking.HeadToHead h = ranking.headToHead(best, PRODUCTION);
            text.append(configurations.get(best).name()).append(" has the best average rank, ")
                    .append(averageRank(ranking, best)).append(" (best or tied-best on ")
                    .append(ranking.bestOrTiedBestCount(best)).append("), against ")
                    .append(averageRank(ranking, PRODUCTION)).append(" for production (best or tied-best on ")
                    .append(ranking.bestOrTiedBestCount(PRODUCTION)).append("); head to head it beats production on ")
                    .append(h.wins()).append(", ties on ").append(h.ties()).append(" and loses on ")
                    .append(h.losses()).append(" problems; mean gap to the best ")
                    .append(BenchmarkReport.percent(meanGap(best))).append(" against ")
                    .append(BenchmarkReport.percent(meanGap(PRODUCTION))).append(". ");
        }
        List<String> families = new ArrayList<>();
        familyWinner("OR-Library knapsacks", p -> p instanceof ComparisonProblem.OrLibrary).ifPresent(families::add);
        familyWinner("PSPLIB schedules", p -> p instanceof ComparisonProblem.Psplib).ifPresent(families::add);
        familyWinner("generated plans", p -> p instanceof ComparisonProblem.Generated).ifPresent(families::add);
        text.append("Best average rank by kind of problem: ").append(String.join("; ", families)).append(". ");
        long allTied = IntStream.range(0, ranking.problems())
                .filter(p -> IntStream.range(0, configurations.size()).allMatch(c -> ranking.bestOrTiedBest(p, c)))
                .count();
        if (allTied > 0) {
            text.append("On ").append(allTied).append(" of the problems every configuration reached the same mean ")
                    .append("objective. ");
        }
        if (best == PRODUCTION) {
            text.append("No alternative ranks better than production on average: these measurements give no ")
                    .append("reason to change `SolverConfigs`.");
        } else if (ranking.headToHead(best, PRODUCTION).wins() > ranking.headToHead(best, PRODUCTION).losses()) {
            text.append(configurations.get(best).name()).append(" beats production on more problems than it loses: ")
                    .append("it is the candidate to try in `SolverConfigs`, once confirmed with more than ")
                    .append(runs).append(runs == 1 ? " run" : " runs").append(" per problem.");
        } else {
            text.append("Its better average rank does not come with more wins than losses against production: no ")
                    .append("change to `SolverConfigs` is indicated.");
        }
        return text.toString();
    }

    private Optional<String> familyWinner(String label, Predicate<ComparisonProblem> family) {
        ConfigurationRanking<ComparisonCell> familyRanking = ranking(family);
        if (familyRanking.problems() == 0) {
            return Optional.empty();
        }
        double bestRank = IntStream.range(0, configurations.size()).mapToDouble(familyRanking::averageRank).min()
                .orElseThrow();
        String winners = IntStream.range(0, configurations.size())
                .filter(c -> familyRanking.averageRank(c) == bestRank)
                .mapToObj(c -> configurations.get(c).name())
                .collect(Collectors.joining(" and "));
        return Optional.of(label + " (" + familyRanking.problems()
                + (familyRanking.problems() == 1 ? " problem" : " problems") + "): " + winners + ", "
                + String.format(Locale.ROOT, "%.2f", bestRank));
    }

    private ConfigurationRanking<ComparisonCell> ranking(Predicate<ComparisonProblem> family) {
        return new ConfigurationRanking<>(configurations.size(), ranked.stream()
                .filter(p -> family.test(problems.get(p).problem()))
                .map(p -> List.of(cells[p]))
                .toList());
    }

    private static String averageRank(ConfigurationRanking<ComparisonCell> ranking, int c) {
        return String.format(Locale.ROOT, "%.2f", ranking.averageRank(c));
    }

    /** The mean over the ranked problems of how far {@code c}'s mean objective falls short of the best, in percent. */
    private double meanGap(int c) {
        return ranked.stream().mapToDouble(p -> {
            BigDecimal best = List.of(cells[p]).stream().map(ComparisonCell::meanObjective).filter(Objects::nonNull)
                    .max(BigDecimal::compareTo).orElse(null);
            BigDecimal mine = cells[p][c].meanObjective();
            if (best == null || mine == null || best.signum() == 0) {
                return 0;
            }
            return best.subtract(mine).doubleValue() / best.abs().doubleValue() * 100;
        }).average().orElse(0);
    }

    private long meanSpeed(int c) {
        return Math.round(ranked.stream().mapToLong(p -> cells[p][c].scoreCalculationSpeed()).average().orElse(0));
    }

    private List<String> perProblemHeader(String extra) {
        List<String> header = new ArrayList<>(List.of("problem", "objective"));
        if (extra != null) {
            header.add(extra);
        }
        configurations.forEach(c -> header.add(c.name()));
        return header;
    }

    /** The row of the {@code r}-th ranked problem: each configuration's mean objective, the best in bold. */
    private List<String> perProblemRow(int r) {
        int p = ranked.get(r);
        LoadedProblem problem = problems.get(p);
        List<String> row = new ArrayList<>(List.of(problem.problem().name(), objectiveLabel(problem),
                String.format(Locale.ROOT, "%,d", SolverConfigs.softTemperature(problem.solution(), 0))));
        for (int c = 0; c < configurations.size(); c++) {
            ComparisonCell cell = cells[p][c];
            String value = objectiveText(problem.problem().objective(), cell.meanObjective());
            if (cell.incompleteRuns() > 0) {
                value += " (" + cell.incompleteRuns() + " incomplete)";
            }
            row.add(ranking.bestOrTiedBest(r, c) ? "**" + value + "**" : value);
        }
        return row;
    }

    private List<String> bestScoreRow(int p) {
        LoadedProblem problem = problems.get(p);
        List<String> row = new ArrayList<>(List.of(problem.problem().name(), objectiveLabel(problem)));
        for (ComparisonCell cell : cells[p]) {
            HardMediumSoftLongScore best = cell.bestScore();
            row.add(best == null ? "—" : best.toShortString());
        }
        return row;
    }

    private static String objectiveLabel(LoadedProblem problem) {
        return problem.problem().objective() + " (" + problem.plan().components().size() + " components)";
    }

    /** A mean objective as the plan states it: the value, or the makespan (the objective is its negation). */
    private static String objectiveText(Objective objective, BigDecimal mean) {
        if (mean == null) {
            return "—";
        }
        BigDecimal shown = (objective == Objective.MIN_MAKESPAN ? mean.negate() : mean)
                .setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return shown.scale() <= 0
                ? String.format(Locale.ROOT, "%,d", shown.longValueExact())
                : String.format(Locale.ROOT, "%,." + shown.scale() + "f", shown);
    }
}
