package vn.lotrinh.planner.api.solve;

import vn.lotrinh.planner.core.solver.Baseline;

/** The baseline of a re-plan and the job whose roadmap it is. */
record BaselineOf(String jobId, Baseline baseline) {
}
