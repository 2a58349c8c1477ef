package vn.lotrinh.planner.core.solver.explain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.lotrinh.planner.core.plan.DependencyGraph.Link;
import vn.lotrinh.planner.core.plan.Money;
import vn.lotrinh.planner.core.plan.Phase;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.Resource;
import vn.lotrinh.planner.core.roadmap.Rule;
import vn.lotrinh.planner.core.solver.domain.ComponentAssignment;
import vn.lotrinh.planner.core.solver.domain.ComponentFacts;
import vn.lotrinh.planner.core.solver.domain.DuplicateProviders;
import vn.lotrinh.planner.core.solver.domain.ExclusionPair;
import vn.lotrinh.planner.core.solver.domain.RoadmapProblem;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;
import vn.lotrinh.planner.core.solver.domain.Timing;
import vn.lotrinh.planner.core.solver.explain.Reason.Kind;
import vn.lotrinh.planner.core.solver.score.BudgetOverrun;
import vn.lotrinh.planner.core.solver.score.CapacityOverload;
import vn.lotrinh.planner.core.solver.score.DependencyBreach;
import vn.lotrinh.planner.core.solver.score.DuplicateCapabilityBreach;
import vn.lotrinh.planner.core.solver.score.ExclusionBreach;
import vn.lotrinh.planner.core.solver.score.HorizonBreach;
import vn.lotrinh.planner.core.solver.score.MustDeferred;
import vn.lotrinh.planner.core.solver.score.PinBreach;
import vn.lotrinh.planner.core.solver.score.ReplacementBreach;
import vn.lotrinh.planner.core.solver.score.RuleBreach;
import vn.lotrinh.planner.core.solver.score.WindowBreach;

/** Turns what a start would break into {@link Reason}s, with the plan's ids, period labels and units. */
final class ReasonMaker {

    private final Plan plan;

    ReasonMaker(Plan plan) {
        this.plan = plan;
    }

    /** One reason per rule the trial breaks; for a start that breaks none, whether it would improve the roadmap. */
    List<Reason> of(StartTrial trial, ComponentAssignment tried) {
        String start = label(trial.start());
        if (trial.breaches().isEmpty()) {
            return List.of(new Reason(trial.improves() ? Kind.NOT_REACHED : Kind.NO_GAIN, null, null, null, null,
                    null, null, null, null, null, null, null, null, start));
        }
        List<Reason> reasons = new ArrayList<>();
        trial.breaches().forEach(breach -> reasons.add(of(breach, tried.getId(), start)));
        return reasons;
    }

    /** Why a component has no start at all: the predecessor that holds it past its window or the horizon. */
    Reason noStart(RoadmapSolution solution, ComponentFacts facts) {
        Timing timing = facts.timing();
        String holdingUp = null;
        for (Link link : facts.predecessors()) {
            Timing predecessor = solution.assignment(link.component()).getFacts().timing();
            if (predecessor.firstStart() + predecessor.durationPeriods() + link.lagPeriods() == timing.firstStart()) {
                holdingUp = solution.assignment(link.component()).getId();
                break;
            }
        }
        return new Reason(Kind.NO_START, null, null, null, holdingUp, null, null, label(timing.firstStart()), null,
                null, null, null, null, null);
    }

    /**
     * Why a component cannot come in beside {@code other}, a scheduled alternative of it or a duplicate provider of
     * one of its capabilities, that must stay.
     */
    Reason besideScheduled(RoadmapSolution solution, ComponentFacts facts, ComponentFacts other) {
        int first = Math.min(facts.index(), other.index());
        int second = Math.max(facts.index(), other.index());
        RoadmapProblem problem = solution.getProblem();
        if (problem.exclusionPairs().contains(new ExclusionPair(first, second))) {
            return component(Kind.EXCLUSION, Rule.EXCLUSION, other.id(), null);
        }
        DuplicateProviders duplicate = problem.duplicateProviders().stream()
                .filter(pair -> pair.first() == first && pair.second() == second)
                .findFirst().orElseThrow();
        return of(new DuplicateCapabilityBreach(facts.id(), other.id(), duplicate.codes()), facts.id(), null);
    }

    private Reason of(RuleBreach breach, String tried, String start) {
        if (breach instanceof BudgetOverrun overrun) {
            return budget(overrun, start);
        }
        if (breach instanceof CapacityOverload overload) {
            return capacity(overload, start);
        }
        if (breach instanceof DependencyBreach dependency) {
            String firstStart = dependency.predecessorEnd() == null ? null
                    : label(dependency.predecessorEnd() + dependency.lagPeriods());
            return new Reason(Kind.PREDECESSOR, Rule.DEPENDENCY_ORDER.title(), null, null,
                    dependency.predecessorId(), other(dependency.successorId(), tried), null, firstStart, null, null,
                    null, null, null, start);
        }
        if (breach instanceof DuplicateCapabilityBreach duplicate) {
            String provider = duplicate.firstId().equals(tried) ? duplicate.secondId() : duplicate.firstId();
            return new Reason(Kind.DUPLICATE, Rule.NO_DUPLICATE_CAPABILITY.title(), null, null, null, provider,
                    String.join(", ", duplicate.codes()), null, null, null, null, null, null, start);
        }
        if (breach instanceof ReplacementBreach replacement) {
            boolean triedIsNewer = replacement.newerId().equals(tried);
            String firstStart = triedIsNewer && replacement.olderEnd() < plan.horizon()
                    ? label(replacement.olderEnd()) : null;
            return new Reason(Kind.REPLACEMENT, Rule.REPLACEMENT_ORDER.title(), null, null,
                    triedIsNewer ? replacement.olderId() : null, triedIsNewer ? null : replacement.newerId(), null,
                    firstStart, null, null, null, null, null, start);
        }
        if (breach instanceof ExclusionBreach exclusion) {
            return component(Kind.EXCLUSION, Rule.EXCLUSION,
                    exclusion.firstId().equals(tried) ? exclusion.secondId() : exclusion.firstId(), start);
        }
        if (breach instanceof WindowBreach window) {
            return component(Kind.WINDOW, Rule.TIME_WINDOW, other(window.componentId(), tried), start);
        }
        if (breach instanceof HorizonBreach horizon) {
            return component(Kind.HORIZON, Rule.HORIZON, other(horizon.componentId(), tried), start);
        }
        if (breach instanceof PinBreach pin) {
            return component(Kind.PIN, Rule.PINNED_START, pin.componentId(), start);
        }
        MustDeferred must = (MustDeferred) breach;
        return component(Kind.MUST, Rule.MUST_COMPONENT_SCHEDULED, must.componentId(), start);
    }

    private Reason budget(BudgetOverrun overrun, String start) {
        boolean phaseBudget = overrun.cap().phaseBudget();
        String phase = phaseBudget ? plan.phaseOf(overrun.cap().firstPeriod()).map(Phase::id).orElse(null) : null;
        BigDecimal need = Money.toUnits(overrun.spendMilli());
        BigDecimal cap = Money.toUnits(overrun.cap().capMilli());
        return new Reason(Kind.BUDGET, (phaseBudget ? Rule.PHASE_BUDGET : Rule.PERIOD_BUDGET).title(),
                plan.fundingSources().get(overrun.cap().fundingSource()).id(), null, null, null, null,
                phaseBudget ? null : label(overrun.cap().firstPeriod()), phase, need, cap, need.subtract(cap),
                plan.currency(), start);
    }

    private Reason capacity(CapacityOverload overload, String start) {
        Resource resource = plan.resources().get(overload.cap().resource());
        BigDecimal need = Money.toUnits(overload.demandMilli());
        BigDecimal cap = Money.toUnits(overload.cap().capMilli());
        return new Reason(Kind.CAPACITY, Rule.RESOURCE_CAPACITY.title(), null, resource.id(), null, null, null,
                label(overload.cap().period()), null, need, cap, need.subtract(cap), resource.unit(), start);
    }

    private static Reason component(Kind kind, Rule rule, String component, String start) {
        return new Reason(kind, rule.title(), null, null, null, component, null, null, null, null, null, null, null,
                start);
    }

    /** The component a breach names, unless it is the one tried (then {@code null}: the reason is about itself). */
    private static String other(String named, String tried) {
        return named.equals(tried) ? null : named;
    }

    private String label(int period) {
        return plan.calendar().label(period);
    }
}
