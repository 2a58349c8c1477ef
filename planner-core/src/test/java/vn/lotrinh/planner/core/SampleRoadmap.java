package vn.lotrinh.planner.core;

import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.roadmap.Roadmap;
import vn.lotrinh.planner.core.solver.RoadmapSolver;
import vn.lotrinh.planner.core.solver.SolveOptions;

/**
 * The sample plan's roadmap under {@code VALUE_OVER_TIME}, bounded by 20,000 score calculations, which several test
 * classes start from. A solve bounded by score calculations gives the same roadmap every time
 * ({@code SamplePlanSolveTest} checks it on this plan), so it is solved once per test JVM and shared.
 */
public final class SampleRoadmap {

    public static final String FILE = "data/vinh-phuc-egov-2.0.json";
    public static final SolveOptions OPTIONS = SolveOptions.ofScoreCalculations(Objective.VALUE_OVER_TIME, 20_000);

    private SampleRoadmap() {
    }

    /** The roadmap {@link RoadmapSolver} finds for the sample plan under {@link #OPTIONS}. */
    public static Roadmap valueOverTime() {
        return Solved.ROADMAP;
    }

    /** Solved on first use; the JVM initialises the holder once, whichever test thread asks first. */
    private static final class Solved {

        static final Roadmap ROADMAP = solve();

        private static Roadmap solve() {
            Plan sample = new PlanReader().read(TestFiles.read(FILE));
            return new RoadmapSolver().solve(sample, OPTIONS);
        }
    }
}
