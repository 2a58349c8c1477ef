package vn.lotrinh.planner.core.solver.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.roadmap.Change;
import vn.lotrinh.planner.core.solver.domain.ComponentAssignment;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;

/**
 * Says how a re-planned roadmap differs from its baseline, component by component, and why: a component that left its
 * baseline start is tried there again, beside the others as they now are; what that would break is why it had to
 * change, and when nothing would, the change was worth its cost.
 */
final class ChangeExplainer {

    private static final Text NEWLY_SCHEDULED = Text.of("newly scheduled: it fits beside the others and adds value",
            "mới đưa vào lộ trình: vừa với các hạng mục khác và làm tăng giá trị");
    private static final Text DEFERRED_FOR_GAIN = Text.of("deferred for a gain worth more than the change costs",
            "hoãn để được lợi hơn chi phí của thay đổi");
    private static final Text MOVED_FOR_GAIN = Text.of("moved for a gain worth more than the change costs",
            "dời để được lợi hơn chi phí của thay đổi");

    private ChangeExplainer() {
    }

    /** The changes, in plan order, of the trials' working solution from the baseline its facts carry. */
    static List<Change> changes(RoadmapSolution solution, StartTrials trials, IntFunction<String> periodLabel) {
        List<Change> changes = new ArrayList<>();
        for (ComponentAssignment assignment : solution.getAssignments()) {
            Integer baseline = assignment.getFacts().baselineStart();
            Integer now = assignment.getStart();
            if (Objects.equals(baseline, now)) {
                continue;
            }
            String from = baseline == null ? null : periodLabel.apply(baseline);
            String to = now == null ? null : periodLabel.apply(now);
            if (baseline == null) {
                changes.add(new Change(assignment.getId(), null, to, Change.Kind.SCHEDULED, NEWLY_SCHEDULED));
                continue;
            }
            StartTrial back = trials.at(assignment, List.of(baseline)).get(0);
            Text reason;
            if (!back.breaches().isEmpty()) {
                reason = Text.format("its baseline start {0} now breaks {1}",
                        "thời điểm bắt đầu {0} của lộ trình gốc nay sẽ vi phạm {1}", from,
                        trials.describe(back.breaches()));
            } else {
                reason = now == null ? DEFERRED_FOR_GAIN : MOVED_FOR_GAIN;
            }
            changes.add(new Change(assignment.getId(), from, to,
                    now == null ? Change.Kind.DEFERRED : Change.Kind.MOVED, reason));
        }
        return changes;
    }
}
