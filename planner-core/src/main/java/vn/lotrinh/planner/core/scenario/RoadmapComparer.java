package vn.lotrinh.planner.core.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.projection.CostProjector;
import vn.lotrinh.planner.core.projection.FundingSourceFigures;
import vn.lotrinh.planner.core.projection.PeriodProjection;
import vn.lotrinh.planner.core.projection.ProjectionSettings;
import vn.lotrinh.planner.core.roadmap.Assignment;
import vn.lotrinh.planner.core.roadmap.Roadmap;
import vn.lotrinh.planner.core.roadmap.RoadmapChecker;
import vn.lotrinh.planner.core.scenario.RoadmapComparison.Change;
import vn.lotrinh.planner.core.scenario.RoadmapComparison.ComponentDifference;
import vn.lotrinh.planner.core.scenario.RoadmapComparison.PeriodSpend;
import vn.lotrinh.planner.core.scenario.RoadmapComparison.SourceSpend;

/**
 * Compares two roadmaps of two plans component by component and period by period, straight from the plans'
 * semantics: the objective values are recomputed by the {@link RoadmapChecker}, the spending by the
 * {@link CostProjector} without simulation. Stateless and thread-safe.
 */
public final class RoadmapComparer {

    private static final ProjectionSettings NO_SIMULATION = new ProjectionSettings(0, 0);

    private final RoadmapChecker checker = new RoadmapChecker();
    private final CostProjector projector = new CostProjector();

    /**
     * The comparison of roadmap {@code b} of plan {@code planB} with roadmap {@code a} of plan {@code planA}.
     *
     * @throws NotComparableException when the plans count money in different currencies, or share no component
     */
    public RoadmapComparison compare(Plan planA, Roadmap a, Plan planB, Roadmap b) {
        if (!planA.currency().equals(planB.currency())) {
            throw new NotComparableException(Text.format("the plans count money in different currencies: {0} and {1}",
                    "hai kế hoạch tính tiền bằng hai đơn vị tiền tệ khác nhau: {0} và {1}", planA.currency(),
                    planB.currency()));
        }
        if (planA.components().stream().noneMatch(c -> planB.componentsById().containsKey(c.id()))) {
            throw new NotComparableException(Text.of("the plans share no component",
                    "hai kế hoạch không có hạng mục chung nào"));
        }
        BigDecimal valueA = checker.check(planA, a.starts(), a.fundingChoices(), a.objective()).objectiveValue();
        BigDecimal valueB = checker.check(planB, b.starts(), b.fundingChoices(), a.objective()).objectiveValue();
        return new RoadmapComparison(a.objective(), valueA, valueB, valueB.subtract(valueA), spend(planA, a, planB, b),
                components(planA, a, planB, b));
    }

    private static List<ComponentDifference> components(Plan planA, Roadmap a, Plan planB, Roadmap b) {
        Map<String, Assignment> inA = byId(a);
        Map<String, Assignment> inB = byId(b);
        List<ComponentDifference> differences = new ArrayList<>();
        for (Component component : planA.components()) {
            differences.add(difference(component, inA.get(component.id()), inB.get(component.id())));
        }
        for (Component component : planB.components()) {
            if (!inA.containsKey(component.id())) {
                differences.add(difference(component, null, inB.get(component.id())));
            }
        }
        return differences;
    }

    private static ComponentDifference difference(Component component, Assignment a, Assignment b) {
        String startA = a == null ? null : a.startPeriod();
        String startB = b == null ? null : b.startPeriod();
        List<Text> reasonsB = b != null && b.deferred() ? b.reasons() : List.of();
        Change change;
        if (a == null || b == null) {
            change = a == null ? Change.ONLY_IN_B : Change.ONLY_IN_A;
        } else if (a.deferred() || b.deferred()) {
            change = a.deferred() && b.deferred() ? Change.DEFERRED_IN_BOTH
                    : a.deferred() ? Change.NEWLY_SCHEDULED : Change.NEWLY_DEFERRED;
        } else {
            change = startA.equals(startB) ? Change.UNCHANGED : Change.MOVED;
        }
        Integer shift = change == Change.MOVED ? b.start() - a.start() : null;
        return new ComponentDifference(component.id(), component.name(), change, startA, startB, shift, reasonsB);
    }

    private static Map<String, Assignment> byId(Roadmap roadmap) {
        Map<String, Assignment> byId = new LinkedHashMap<>();
        roadmap.assignments().forEach(assignment -> byId.put(assignment.componentId(), assignment));
        return byId;
    }

    private List<PeriodSpend> spend(Plan planA, Roadmap a, Plan planB, Roadmap b) {
        Map<String, PeriodProjection> periodsA = periods(planA, a);
        Map<String, PeriodProjection> periodsB = periods(planB, b);
        BigDecimal toUnitsOfA = planB.moneyUnit().divide(planA.moneyUnit(), java.math.MathContext.DECIMAL64);
        Set<String> labels = new LinkedHashSet<>(periodsA.keySet());
        labels.addAll(periodsB.keySet());
        Set<String> sources = new LinkedHashSet<>();
        planA.fundingSources().forEach(source -> sources.add(source.id()));
        planB.fundingSources().forEach(source -> sources.add(source.id()));
        List<PeriodSpend> spend = new ArrayList<>();
        for (String label : labels) {
            PeriodProjection periodA = periodsA.get(label);
            PeriodProjection periodB = periodsB.get(label);
            List<SourceSpend> bySource = new ArrayList<>();
            BigDecimal totalA = BigDecimal.ZERO;
            BigDecimal totalB = BigDecimal.ZERO;
            for (String source : sources) {
                BigDecimal spendA = spendOf(periodA, source, BigDecimal.ONE);
                BigDecimal spendB = spendOf(periodB, source, toUnitsOfA);
                bySource.add(new SourceSpend(source, spendA, spendB, spendB.subtract(spendA)));
                totalA = totalA.add(spendA);
                totalB = totalB.add(spendB);
            }
            spend.add(new PeriodSpend(label, totalA, totalB, totalB.subtract(totalA), bySource));
        }
        return spend;
    }

    private Map<String, PeriodProjection> periods(Plan plan, Roadmap roadmap) {
        Map<String, PeriodProjection> periods = new LinkedHashMap<>();
        projector.project(plan, roadmap, NO_SIMULATION).periods()
                .forEach(period -> periods.put(period.period(), period));
        return periods;
    }

    private static BigDecimal spendOf(PeriodProjection period, String source, BigDecimal factor) {
        FundingSourceFigures figures = period == null ? null : period.figures().byFundingSource().get(source);
        return figures == null ? BigDecimal.ZERO : figures.spend().multiply(factor).stripTrailingZeros();
    }
}
