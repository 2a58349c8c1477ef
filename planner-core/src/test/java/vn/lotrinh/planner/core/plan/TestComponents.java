package vn.lotrinh.planner.core.plan;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Components built by hand for tests of the model: only their timing and dependencies matter. */
final class TestComponents {

    private TestComponents() {
    }

    /** A component of the duration, without window or pin, depending on the given entries. */
    static Component component(String id, int durationPeriods, Dependency... dependsOn) {
        return timed(id, durationPeriods, null, null, null, dependsOn);
    }

    static Component pinned(String id, int durationPeriods, int pinnedStart, Dependency... dependsOn) {
        return timed(id, durationPeriods, null, null, pinnedStart, dependsOn);
    }

    static Component timed(String id, int durationPeriods, Integer earliestStart, Integer latestFinish,
            Integer pinnedStart, Dependency... dependsOn) {
        return new Component(id, id, null, Priority.SHOULD, 1.0, durationPeriods, CapexEstimate.exactly(0),
                Collections.nCopies(durationPeriods, 0L), Collections.nCopies(durationPeriods, 1.0 / durationPeriods),
                0, Map.of("NS", 1.0), Map.of(), List.of(dependsOn), List.of(), earliestStart, latestFinish,
                pinnedStart, Capabilities.NONE, List.of(Map.of("NS", 1.0)));
    }

    static Dependency after(String predecessorId) {
        return new Dependency(predecessorId, 0);
    }

    static Dependency after(String predecessorId, int lagPeriods) {
        return new Dependency(predecessorId, lagPeriods);
    }
}
