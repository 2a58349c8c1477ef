package vn.lotrinh.planner.core.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.TestFiles;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.priority.PriorityRanking.Ranked;

class PriorityRankingTest {

    private final Plan plan = new PlanReader().read(TestFiles.read("data/sample-priorities.json"));

    @Test
    void ranksEveryComponentByItsWeightedScoreTheBestFirst() {
        List<Ranked> ranked = PriorityRanking.of(plan);

        assertThat(ranked).hasSize(plan.components().size());
        assertThat(ranked).extracting(Ranked::rank).containsExactlyElementsOf(
                IntStream.rangeClosed(1, ranked.size()).boxed().toList());
        assertThat(ranked).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        assertThat(ranked.get(0).componentId()).isEqualTo("MCDT");
        assertThat(ranked.get(ranked.size() - 1).componentId()).isEqualTo("WIFI");
    }

    @Test
    void contributionsAreEachCriterionsShareOfTheWeightedScore() {
        Ranked lgsp = PriorityRanking.of(plan).stream().filter(r -> r.componentId().equals("LGSP")).findFirst()
                .orElseThrow();

        assertThat(lgsp.contributions().keySet()).containsExactly("PHAP_LY", "NGUOI_DAN", "KHUNG", "SAN_SANG",
                "RUI_RO");
        assertThat(lgsp.contributions().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1, within(1e-12));
        assertThat(lgsp.contributions().get("KHUNG"))
                .isCloseTo(plan.priorities().weights().get("KHUNG") * 10 / lgsp.score(), within(1e-12));
        assertThat(lgsp.value()).isCloseTo(lgsp.score(), within(5e-5));
    }

    @Test
    void aComponentWithAnExplicitValueRanksByItAndHasNoContributions() {
        Ranked wifi = PriorityRanking.of(plan).stream().filter(r -> r.componentId().equals("WIFI")).findFirst()
                .orElseThrow();

        assertThat(wifi.explicitValue()).isTrue();
        assertThat(wifi.score()).isEqualTo(3.5);
        assertThat(wifi.contributions()).isEmpty();
    }
}
