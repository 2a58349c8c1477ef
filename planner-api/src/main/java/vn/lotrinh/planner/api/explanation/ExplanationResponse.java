package vn.lotrinh.planner.api.explanation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.lotrinh.planner.core.solver.explain.ComponentExplanation;
import vn.lotrinh.planner.core.solver.explain.ConstraintSummary;
import vn.lotrinh.planner.core.solver.explain.Fix;
import vn.lotrinh.planner.core.solver.explain.Fix.AlsoScheduled;
import vn.lotrinh.planner.core.solver.explain.Fix.BudgetIncrease;
import vn.lotrinh.planner.core.solver.explain.Fix.CapacityIncrease;
import vn.lotrinh.planner.core.solver.explain.Reason;

/**
 * A roadmap's explanation as clients read it: the core explanation with the plan, job and plan version it belongs
 * to, each component's name, and every reason and fix written out in the reader's language. Money is in the plan's
 * money unit, quantities in the resource's unit; fields a reason or fix does not use are {@code null}.
 *
 * @param planVersion the plan version that was solved and explained; the plan may have been edited since
 * @param roadmapUpdatedAt when the explained roadmap was last improved
 * @param constraints every constraint's part of the roadmap's score
 * @param components every component in plan order: why it is where it is and, when deferred, what would bring it in
 */
public record ExplanationResponse(String planId, long planVersion, String jobId, Instant roadmapUpdatedAt,
        List<ConstraintSummary> constraints, List<ExplainedComponent> components) {

    static ExplanationResponse of(ExplainedRoadmap explained, ExplanationTexts texts) {
        return new ExplanationResponse(explained.planId(), explained.planVersion(), explained.jobId(),
                explained.roadmapUpdatedAt(), explained.explanation().constraints(),
                explained.explanation().components().stream().map(component -> ExplainedComponent.of(component, texts))
                        .toList());
    }

    /**
     * Why one component is where the roadmap has it.
     *
     * @param start the start period of a scheduled component, {@code null} for a deferred one
     * @param reasons a deferred component: what each start it could take would break, the start closest to fitting
     *     first; a scheduled one that starts later than its window and scheduled predecessors allow: what each earlier
     *     start would break; any other: none
     * @param fix the cheapest verified fix of a deferred component, {@code null} for a scheduled one
     */
    public record ExplainedComponent(String componentId, String name, boolean deferred, String start,
            List<ExplainedReason> reasons, ExplainedFix fix) {

        static ExplainedComponent of(ComponentExplanation component, ExplanationTexts texts) {
            return new ExplainedComponent(component.componentId(), texts.names().component(component.componentId()),
                    component.deferred(), component.start(),
                    component.reasons().stream().map(reason -> ExplainedReason.of(reason, texts)).toList(),
                    component.fix() == null ? null : ExplainedFix.of(component.fix(), texts));
        }
    }

    /**
     * Why a component is not at a start it could take.
     *
     * @param rule the broken rule as the README's constraints table names it; {@code null} for {@code NO_START},
     *     {@code NO_GAIN} and {@code NOT_REACHED}
     * @param predecessor for {@code PREDECESSOR} the predecessor in the way; for {@code REPLACEMENT} the component it
     *     replaces, not yet live
     * @param component the other component the reason names (a successor, an alternative, a duplicate provider, a
     *     replacement that would start too early…)
     * @param capability for {@code DUPLICATE} the catalogue codes both components deliver, comma-separated
     * @param period the capped period of a budget or capacity; for {@code PREDECESSOR}, {@code REPLACEMENT} and
     *     {@code NO_START} the first period the component could start in
     * @param need what the cap would have to allow, with the component there
     * @param excess {@code need − cap}
     * @param unit the currency of a budget, the resource's unit of a capacity
     * @param start the start tried, as a period label
     * @param text the reason in the reader's language, with the plan's names
     */
    public record ExplainedReason(Reason.Kind kind, String rule, String fundingSource, String resource,
            String predecessor, String component, String capability, String period, String phase, BigDecimal need,
            BigDecimal cap, BigDecimal excess, String unit, String start, String text) {

        static ExplainedReason of(Reason reason, ExplanationTexts texts) {
            return new ExplainedReason(reason.kind(), reason.rule(), reason.fundingSource(), reason.resource(),
                    reason.predecessor(), reason.component(), reason.capability(), reason.period(), reason.phase(),
                    reason.need(),
                    reason.cap(), reason.excess(), reason.unit(), reason.start(), texts.reason(reason));
        }
    }

    /**
     * The smallest change found that lets a deferred component in at {@code start}, every other assignment kept,
     * verified by the roadmap checker against the plan changed by it; or {@code NONE} and why nothing can.
     *
     * @param start where the component goes in, as a period label; {@code null} for {@code NONE}
     * @param budgetIncreaseTotal the sum of {@code budgetIncreases}
     * @param defer the optional components deferred instead, with what depends on them, in plan order
     * @param valueLost the objective the deferred components bring in the roadmap
     * @param valueGained the objective the component would bring at {@code start}
     * @param alsoSchedule the deferred predecessors it needs, each with its start, in the order they go in
     * @param reason for {@code NONE}, why nothing admits it
     * @param funding the shares by funding source the fix pays the component from instead of the roadmap's choice,
     *     {@code null} when it keeps that choice
     * @param summary the fix in one sentence in the reader's language
     */
    public record ExplainedFix(Fix.Kind kind, String start, List<BudgetIncrease> budgetIncreases,
            BigDecimal budgetIncreaseTotal, List<CapacityIncrease> capacityIncreases, List<String> defer,
            BigDecimal valueLost, BigDecimal valueGained, List<AlsoScheduled> alsoSchedule, ExplainedReason reason,
            Map<String, Double> funding, String summary) {

        static ExplainedFix of(Fix fix, ExplanationTexts texts) {
            return new ExplainedFix(fix.kind(), fix.start(), fix.budgetIncreases(), fix.budgetIncreaseTotal(),
                    fix.capacityIncreases(), fix.defer(), fix.valueLost(), fix.valueGained(), fix.alsoSchedule(),
                    fix.reason() == null ? null : ExplainedReason.of(fix.reason(), texts), fix.funding(),
                    texts.summary(fix));
        }
    }
}
