package vn.lotrinh.planner.api.roadmap;

import java.time.Instant;
import vn.lotrinh.planner.core.roadmap.Roadmap;

/** A job's best roadmap as stored, with the plan version it was solved from. */
public record StoredRoadmap(String jobId, String planId, long planVersion, Roadmap roadmap, Instant updatedAt) {
}
