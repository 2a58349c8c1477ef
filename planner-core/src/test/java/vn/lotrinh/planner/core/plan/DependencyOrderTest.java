package vn.lotrinh.planner.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyOrderTest {

    @Test
    void finishesEveryComponentAfterItsPredecessorsRootsInPositionOrder() {
        List<Integer> order = DependencyOrder.depthFirst(List.of(List.of(2), List.of(), List.of(1)), cycle -> true);

        assertThat(order).containsExactly(1, 2, 0);
    }

    @Test
    void reportsEachLinkBackOntoThePathWithTheCycleFromWhereItLeads() {
        List<List<Integer>> cycles = new ArrayList<>();

        DependencyOrder.depthFirst(List.of(List.of(1), List.of(2), List.of(1, 0)), cycles::add);

        assertThat(cycles).containsExactly(List.of(1, 2), List.of(0, 1, 2));
    }

    @Test
    void stopsReportingCyclesOnceTheListenerHasHeardEnough() {
        List<List<Integer>> cycles = new ArrayList<>();

        DependencyOrder.depthFirst(List.of(List.of(1), List.of(2), List.of(1, 0)), cycle -> !cycles.add(cycle));

        assertThat(cycles).containsExactly(List.of(1, 2));
    }

    @Test
    void walksAChainOfTwentyThousandComponentsWithoutOverflowingTheStack() {
        List<List<Integer>> predecessors = new ArrayList<>();
        for (int i = 0; i < 19_999; i++) {
            predecessors.add(List.of(i + 1));
        }
        predecessors.add(List.of());

        assertThat(DependencyOrder.depthFirst(predecessors, cycle -> true)).startsWith(19_999).endsWith(0);
    }
}
