package vn.lotrinh.planner.core.plan.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import vn.lotrinh.planner.core.plan.Budget;
import vn.lotrinh.planner.core.plan.Capacity;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.DependencyGraph;
import vn.lotrinh.planner.core.plan.Economics;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.PlanCalendar;

/**
 * The one pass over a document: every rule of {@code roadmap-plan/1} in the order of the sections, and the plan built
 * from the values the rules checked. The plan is there exactly when no error was reported, and then every part of it
 * was built along the way (see {@link Checks}).
 */
final class PlanRules {

    private PlanRules() {
    }

    /**
     * What a pass found.
     *
     * @param plan the plan, or {@code null} when the document breaks a rule
     * @param errors every error, in the order the sections are checked; empty exactly when there is a plan
     */
    record CheckedPlan(Plan plan, List<PlanError> errors) {

        static CheckedPlan refused(PlanError error) {
            return new CheckedPlan(null, List.of(error));
        }
    }

    static CheckedPlan check(JsonNode document, Catalogues catalogues) {
        if (document == null || document.isMissingNode()) {
            return CheckedPlan.refused(new PlanError("", Checks.EMPTY_DOCUMENT));
        }
        if (!document.isObject()) {
            return CheckedPlan.refused(
                    new PlanError("", Text.format("a plan must be a JSON object, found {0}",
                            "kế hoạch phải là một đối tượng JSON, nhưng đang là {0}", Checks.describe(document))));
        }
        Checks checks = new Checks();
        Scope plan = new Scope(document, "", Text.empty());
        SectionRules sections = new SectionRules(checks);
        PlanHeader header = sections.header(plan);
        PlanCalendar calendar = header.calendar();
        Declarations declarations = new DeclarationRules(checks, calendar).check(plan);
        CapRules caps = new CapRules(checks, declarations);
        List<Budget> budgets = caps.budgets(plan);
        List<Capacity> capacities = caps.capacities(plan);
        Economics economics = sections.economics(plan, calendar);
        CapabilityRules capabilities = CapabilityRules.of(checks, catalogues, plan);
        ScoreRules scores = new ScoreRules(checks, new CriteriaRules(checks).check(plan));
        List<ComponentFacts> components = new ComponentRules(checks, declarations, capabilities, scores)
                .check(plan);
        ResolvedDependencies dependencies = new DependencyRules(checks).check(components);
        new TimeRules(checks, calendar, components).check(dependencies);
        if (!checks.isClean()) {
            return new CheckedPlan(null, List.copyOf(checks.errors()));
        }
        List<Component> built = components.stream().map(ComponentFacts::component).toList();
        return new CheckedPlan(new Plan(header.name(), header.description(), header.currency(),
                header.moneyUnit(), calendar, declarations.phases().items(), declarations.fundingSources().items(),
                declarations.resources().items(), budgets, capacities, economics, capabilities.catalogue(),
                capabilities.preference(), built, DependencyGraph.of(built, calendar.periods()),
                scores.priorities()), List.of());
    }
}
