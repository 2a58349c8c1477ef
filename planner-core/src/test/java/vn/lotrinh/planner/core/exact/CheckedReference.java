package vn.lotrinh.planner.core.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.roadmap.CheckReport;
import vn.lotrinh.planner.core.roadmap.RoadmapChecker;

/**
 * Solves with {@link CpSatReference} for a test and holds whatever roadmap it finds to the {@link RoadmapChecker}: no
 * broken hard rule, and the objective the checker recomputes equals the one CP-SAT reports.
 */
public final class CheckedReference {

    private static final CpSatReference REFERENCE = new CpSatReference();
    private static final RoadmapChecker CHECKER = new RoadmapChecker();

    private CheckedReference() {
    }

    public static ExactResult solve(Plan plan, Objective objective, Duration timeLimit) {
        ExactResult result = REFERENCE.solve(plan, objective, timeLimit);
        if (result.hasRoadmap()) {
            CheckReport report = CHECKER.check(plan, result.starts(), objective);
            assertThat(report.violations()).as("hard rules broken by the CP-SAT roadmap").isEmpty();
            assertThat(report.objectiveValue()).as("objective recomputed by the checker")
                    .isEqualByComparingTo(result.objectiveValue());
        }
        return result;
    }
}
