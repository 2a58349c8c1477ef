package vn.lotrinh.planner.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.core.plan.TestComponents.component;
import static vn.lotrinh.planner.core.plan.TestComponents.pinned;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.plan.DependencyGraph.Link;

class EarliestStartsTest {

    private static final Link FROM_A = new Link(0, 0);
    private static final Link FROM_B = new Link(1, 1);

    /** C depends on A (no lag) and on B (lag 1). */
    private static EarliestStarts pass(Component a, Component b, Component c) {
        return EarliestStarts.along(List.of(0, 1, 2), List.of(List.of(), List.of(), List.of(FROM_A, FROM_B)),
                Arrays.asList(a, b, c));
    }

    @Test
    void namesThePredecessorThatHoldsAComponentUp() {
        EarliestStarts pass = pass(component("A", 3), component("B", 1), component("C", 1));

        assertThat(pass.earliestStart(2)).isEqualTo(3);
        assertThat(pass.heldUpBy(2)).isEqualTo(FROM_A);
    }

    @Test
    void namesTheFirstOfTwoPredecessorsThatFinishTogether() {
        EarliestStarts pass = pass(component("A", 2), component("B", 1), component("C", 1));

        assertThat(pass.latestPredecessor(2)).isEqualTo(FROM_A);
    }

    @Test
    void saysNoPredecessorHoldsUpAPinnedComponentButStillTellsWhenItCouldStart() {
        EarliestStarts pass = pass(component("A", 4), component("B", 1), pinned("C", 1, 2));

        assertThat(pass.earliestStart(2)).isEqualTo(2);
        assertThat(pass.heldUpBy(2)).isNull();
        assertThat(pass.readyAfter(pass.latestPredecessor(2))).isEqualTo(4);
    }

    @Test
    void followsNoLinkToAComponentLeftOut() {
        EarliestStarts pass = pass(component("A", 4), null, component("C", 1));

        assertThat(pass.latestPredecessor(2)).isEqualTo(FROM_A);
        assertThat(pass.earliestStart(2)).isEqualTo(4);
    }

    @Test
    void followsNoLinkOfAComponentWithoutPredecessors() {
        EarliestStarts pass = pass(component("A", 4), component("B", 1), component("C", 1));

        assertThat(pass.latestPredecessor(0)).isNull();
        assertThat(pass.heldUpBy(0)).isNull();
    }
}
