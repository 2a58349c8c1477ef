package vn.lotrinh.planner.api.solve;

import java.time.Duration;
import vn.lotrinh.planner.api.job.SolveStatus;

/** A solve job has run to its end: how it ended and how long it ran. */
public record SolveEnded(String jobId, SolveStatus status, Duration took) {
}
