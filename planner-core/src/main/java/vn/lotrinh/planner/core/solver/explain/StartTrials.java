package vn.lotrinh.planner.core.solver.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.solver.domain.ComponentAssignment;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;
import vn.lotrinh.planner.core.solver.score.RuleBreach;

/**
 * Tries components at other starts on a score director whose working solution is a roadmap, and says what each start
 * would newly break, from the score analysis: the hard constraint matches there that the roadmap does not already
 * have. Every start is put back as it was.
 */
final class StartTrials {

    /** Starts tried per component: every one when there are few, else an even sample with the first and the last. */
    static final int MAX_STARTS_TRIED = 8;

    private final InnerScoreDirector<RoadmapSolution, HardMediumSoftLongScore> scoreDirector;
    private final IntFunction<String> periodLabel;
    /** Descriptions in a fixed order, English first, so that the same roadmap reads the same in both languages. */
    private static final Comparator<Text> DESCRIPTION_ORDER =
            Comparator.comparing(Text::english).thenComparing(Text::vietnamese);
    private static final Text SEPARATOR = Text.verbatim("; ");

    private final Set<Text> alreadyBroken;

    StartTrials(InnerScoreDirector<RoadmapSolution, HardMediumSoftLongScore> scoreDirector,
            IntFunction<String> periodLabel) {
        this.scoreDirector = scoreDirector;
        this.periodLabel = periodLabel;
        this.alreadyBroken = descriptions(hardBreaches());
    }

    /** The descriptions of the roadmap's own broken hard rules, sorted so that the same roadmap reads the same. */
    Set<Text> alreadyBroken() {
        return alreadyBroken;
    }

    /** What the component would newly break at each of the starts, in the order of the starts. */
    List<StartTrial> at(ComponentAssignment assignment, List<Integer> starts) {
        Integer current = assignment.getStart();
        HardMediumSoftLongScore roadmapScore = scoreDirector.calculateScore();
        List<StartTrial> trials = new ArrayList<>();
        for (int start : starts) {
            setStart(assignment, start);
            List<RuleBreach> breaches = hardBreaches().stream()
                    .filter(breach -> !alreadyBroken.contains(breach.describe(periodLabel)))
                    .toList();
            boolean improves = scoreDirector.calculateScore().compareTo(roadmapScore) > 0;
            trials.add(new StartTrial(start, breaches, improves));
        }
        setStart(assignment, current);
        return trials;
    }

    /** Every start of {@code first … last} when there are few, otherwise an even sample with the first and the last. */
    static List<Integer> sample(int first, int last) {
        int count = last - first + 1;
        Set<Integer> starts = new LinkedHashSet<>();
        for (int i = 0; i < Math.min(count, MAX_STARTS_TRIED); i++) {
            starts.add(count <= MAX_STARTS_TRIED ? first + i
                    : first + (int) Math.round((double) i * (count - 1) / (MAX_STARTS_TRIED - 1)));
        }
        return new ArrayList<>(starts);
    }

    /** The breaches' descriptions, in sorted order. */
    Set<Text> descriptions(List<RuleBreach> breaches) {
        Set<Text> sorted = new TreeSet<>(DESCRIPTION_ORDER);
        breaches.forEach(breach -> sorted.add(breach.describe(periodLabel)));
        return sorted;
    }

    /** The breaches' descriptions in sorted order, in one line: {@code a; b}. */
    Text describe(List<RuleBreach> breaches) {
        return Text.join(descriptions(breaches), SEPARATOR);
    }

    /** Every hard constraint match of the working solution, by description, in sorted order. */
    private List<RuleBreach> hardBreaches() {
        scoreDirector.calculateScore();
        TreeMap<Text, RuleBreach> breaches = new TreeMap<>(DESCRIPTION_ORDER);
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total : scoreDirector.getConstraintMatchTotalMap().values()) {
            if (total.getScore().hardScore() == 0) {
                continue;
            }
            for (ConstraintMatch<HardMediumSoftLongScore> match : total.getConstraintMatchSet()) {
                if (match.getScore().hardScore() < 0 && match.getJustification() instanceof RuleBreach breach) {
                    breaches.putIfAbsent(breach.describe(periodLabel), breach);
                }
            }
        }
        return new ArrayList<>(breaches.values());
    }

    private void setStart(ComponentAssignment assignment, Integer start) {
        scoreDirector.beforeVariableChanged(assignment, "start");
        assignment.setStart(start);
        scoreDirector.afterVariableChanged(assignment, "start");
        scoreDirector.triggerVariableListeners();
    }

    /** The trials ordered from the one closest to fitting: fewest broken rules first, then the least excess. */
    static List<StartTrial> closestToFittingFirst(List<StartTrial> trials) {
        return trials.stream()
                .sorted(Comparator.comparingInt((StartTrial trial) -> trial.breaches().size())
                        .thenComparingLong(StartTrial::excessMilli))
                .toList();
    }
}
