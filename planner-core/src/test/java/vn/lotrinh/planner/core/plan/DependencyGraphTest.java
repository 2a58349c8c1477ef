package vn.lotrinh.planner.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lotrinh.planner.core.plan.TestComponents.after;
import static vn.lotrinh.planner.core.plan.TestComponents.component;
import static vn.lotrinh.planner.core.plan.TestComponents.pinned;
import static vn.lotrinh.planner.core.plan.TestComponents.timed;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.plan.DependencyGraph.Link;

class DependencyGraphTest {

    private static final int HORIZON = 10;

    private static DependencyGraph graph(Component... components) {
        return DependencyGraph.of(List.of(components), HORIZON);
    }

    @Test
    void listsPredecessorsInDependsOnOrderKeepingDuplicates() {
        DependencyGraph graph = graph(component("A", 1), component("B", 1),
                component("C", 1, after("B", 2), after("A"), after("B")));

        assertThat(graph.predecessors(2)).containsExactly(new Link(1, 2), new Link(0, 0), new Link(1, 0));
    }

    @Test
    void listsSuccessorsBySuccessorPositionThenEntryOrder() {
        DependencyGraph graph = graph(component("A", 1), component("B", 1, after("A", 1), after("A")),
                component("C", 1, after("A", 3)));

        assertThat(graph.successors(0)).containsExactly(new Link(1, 1), new Link(1, 0), new Link(2, 3));
    }

    @Test
    void ordersEveryComponentAfterItsPredecessors() {
        DependencyGraph graph = graph(component("C", 1, after("B")), component("B", 1, after("A")),
                component("A", 1), component("D", 1));

        assertThat(graph.topologicalOrder()).containsExactly(2, 1, 0, 3);
    }

    @Test
    void startsAComponentOnceItsPredecessorsHaveFinishedAndTheirLagHasPassed() {
        DependencyGraph graph = graph(component("A", 2), component("B", 3), component("C", 1, after("A", 4),
                after("B")));

        assertThat(graph.earliestStart(2)).isEqualTo(6);
    }

    @Test
    void keepsAnEarliestStartThatIsLaterThanThePredecessorsAllow() {
        DependencyGraph graph = graph(component("A", 1), timed("B", 1, 5, null, null, after("A")));

        assertThat(graph.earliestStart(1)).isEqualTo(5);
    }

    @Test
    void startsAPinnedComponentAtItsPinWhateverItsPredecessors() {
        DependencyGraph graph = graph(component("A", 4), pinned("B", 1, 2, after("A")), component("C", 1,
                after("B")));

        assertThat(graph.earliestStart(1)).isEqualTo(2);
        assertThat(graph.earliestStart(2)).isEqualTo(3);
    }

    @Test
    void endsALatestStartWhereTheComponentStillFinishesInsideTheHorizonAndItsLatestFinish() {
        DependencyGraph graph = graph(component("A", 3), timed("B", 3, null, 6, null));

        assertThat(graph.latestStart(0)).isEqualTo(7);
        assertThat(graph.latestStart(1)).isEqualTo(4);
    }

    @Test
    void tightensLatestStartsBeforeAPinnedSuccessorAlongTheWholeChain() {
        DependencyGraph graph = graph(component("A", 2), component("B", 1, after("A", 1)),
                pinned("C", 1, 6, after("B", 2)));

        assertThat(graph.latestStart(2)).isEqualTo(6);
        assertThat(graph.latestStart(1)).isEqualTo(3);
        assertThat(graph.latestStart(0)).isEqualTo(0);
    }

    @Test
    void leavesLatestStartsBeforeSuccessorsThatAreNotForcedAlone() {
        DependencyGraph graph = graph(component("A", 2), timed("B", 1, null, 3, null, after("A")));

        assertThat(graph.latestStart(0)).isEqualTo(8);
    }

    @Test
    void keepsAPinnedPredecessorAtItsPinAndTightensBeforeItInTurn() {
        DependencyGraph graph = graph(component("A", 1), pinned("B", 1, 4, after("A")), pinned("C", 1, 3,
                after("B")));

        assertThat(graph.latestStart(1)).isEqualTo(4);
        assertThat(graph.latestStart(0)).isEqualTo(3);
    }

    @Test
    void letsALatestStartFallBelowTheEarliestStartWhenTheComponentHasNoStart() {
        DependencyGraph graph = graph(component("A", 3), component("B", 2, after("A")), pinned("C", 1, 4,
                after("B")));

        assertThat(graph.earliestStart(1)).isEqualTo(3);
        assertThat(graph.latestStart(1)).isEqualTo(2);
    }

    @Test
    void findsAComponentsPositionByItsId() {
        DependencyGraph graph = graph(component("A", 1), component("B", 1));

        assertThat(graph.indexOf("B")).isEqualTo(1);
        assertThat(graph.indexOf("Z")).isEqualTo(-1);
    }

    @Test
    void equalsAGraphOfEqualComponents() {
        assertThat(graph(component("A", 1), component("B", 2, after("A"))))
                .isEqualTo(graph(component("A", 1), component("B", 2, after("A"))))
                .isNotEqualTo(graph(component("A", 1), component("B", 2, after("A", 1))));
    }

    @Test
    void refusesDependenciesThatFormACycle() {
        assertThatThrownBy(() -> graph(component("A", 1, after("B")), component("B", 1, after("A"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cycle");
    }

    @Test
    void refusesADependencyOnNoComponent() {
        assertThatThrownBy(() -> graph(component("A", 1, after("X"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("X");
    }
}
