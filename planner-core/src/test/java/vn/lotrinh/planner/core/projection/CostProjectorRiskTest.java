package vn.lotrinh.planner.core.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.plan.Money;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;

class CostProjectorRiskTest {

    private static final Plan HAND_PLAN = new PlanReader().read(CostProjectorHandComputedTest.PLAN);
    private static final Map<String, Integer> HAND_STARTS = CostProjectorHandComputedTest.STARTS;

    private final CostProjector projector = new CostProjector();

    /** The median of PERT {80, 100, 150} in plan units, rounded to the milli-unit, from Commons Math's Beta. */
    private static BigDecimal pertMedian() {
        double alpha = 1 + 4 * 20.0 / 70;
        double beta = 1 + 4 * 50.0 / 70;
        double median = 80 + 70 * new BetaDistribution(alpha, beta).inverseCumulativeProbability(0.5);
        return Money.toUnits(Money.toMilli(BigDecimal.valueOf(median)));
    }

    @Test
    void sameSeedGivesTheSameProjection() {
        Projection first = projector.project(HAND_PLAN, HAND_STARTS, new ProjectionSettings(5_000, 42L));
        Projection second = projector.project(HAND_PLAN, HAND_STARTS, new ProjectionSettings(5_000, 42L));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void differentSeedGivesDifferentSimulatedFigures() {
        Projection first = projector.project(HAND_PLAN, HAND_STARTS, new ProjectionSettings(5_000, 42L));
        Projection second = projector.project(HAND_PLAN, HAND_STARTS, new ProjectionSettings(5_000, 43L));

        assertThat(second.totals().risk().p80()).isNotEqualByComparingTo(first.totals().risk().p80());
    }

    @Test
    void figuresDoNotDependOnTheNumberOfThreads() throws Exception {
        ProjectionSettings settings = new ProjectionSettings(5_000, 42L);
        ForkJoinPool single = new ForkJoinPool(1);
        ForkJoinPool several = new ForkJoinPool(4);
        try {
            Projection onOne = single.submit(() -> projector.project(HAND_PLAN, HAND_STARTS, settings)).get();
            Projection onFour = several.submit(() -> projector.project(HAND_PLAN, HAND_STARTS, settings)).get();

            assertThat(onOne).isEqualTo(onFour);
        } finally {
            single.shutdown();
            several.shutdown();
        }
    }

    @Test
    void figuresTakenInGroupsAgreeWithFiguresTakenAtOnce() {
        ProjectionSettings settings = new ProjectionSettings(3_000, 42L);

        Projection atOnce = projector.project(HAND_PLAN, HAND_STARTS, settings);
        Projection inGroups = new CostProjector(3_000).project(HAND_PLAN, HAND_STARTS, settings);

        assertThat(inGroups).isEqualTo(atOnce);
    }

    @Test
    void percentilesAreOrdered() {
        Projection projection = projector.project(HAND_PLAN, HAND_STARTS, new ProjectionSettings(5_000, 42L));

        assertThat(projection.periods()).extracting(PeriodProjection::figures).allSatisfy(p -> {
            assertThat(p.risk().p10()).isLessThanOrEqualTo(p.risk().p50());
            assertThat(p.risk().p50()).isLessThanOrEqualTo(p.risk().p80());
            assertThat(p.risk().p80()).isLessThanOrEqualTo(p.risk().p90());
        });
        assertThat(projection.totals().risk().p10()).isLessThan(projection.totals().risk().p90());
    }

    @Test
    void contingencyIsTheEightiethPercentileLessThePlan() {
        Projection projection = projector.project(HAND_PLAN, HAND_STARTS, new ProjectionSettings(5_000, 42L));

        assertThat(projection.periods()).extracting(PeriodProjection::figures).allSatisfy(p -> {
            assertThat(p.risk().contingency()).isEqualByComparingTo(p.risk().p80().subtract(p.total()));
            p.byFundingSource().values().forEach(f ->
                    assertThat(f.risk().contingency()).isEqualByComparingTo(f.risk().p80().subtract(f.spend())));
        });
        assertThat(projection.totals().risk().contingency()).isPositive();
    }

    @Test
    void certainCostsKeepTheirPlannedFigureInEveryPercentile() {
        Projection projection = projector.project(HAND_PLAN, HAND_STARTS, new ProjectionSettings(5_000, 42L));
        SpanFigures lastPeriod = projection.periods().get(5).figures();

        assertThat(lastPeriod.total()).isEqualByComparingTo("8.5");
        assertThat(lastPeriod.risk().p10()).isEqualByComparingTo("8.5");
        assertThat(lastPeriod.risk().p90()).isEqualByComparingTo("8.5");
        assertThat(lastPeriod.risk().mean()).isEqualByComparingTo("8.5");
    }

    @Test
    void planWithoutRangesHasEveryPercentileEqualToThePlan() {
        Plan plan = TestPlans.yearly(2, "\"costCorrelation\": 0.4", """
                        {"fundingSource": "NS_TINH", "period": "2030", "amount": 5}""",
                """
                {"id": "X", "name": "Cố định", "duration": 2, "capex": 10.001, "opexPerPeriod": 1,
                 "funding": {"NS_TINH": 0.3, "NS_TW": 0.7}}""");

        Projection projection = projector.project(plan, Map.of("X", 0), new ProjectionSettings(10_000, 42L));

        assertThat(projection.periods()).extracting(PeriodProjection::figures).allSatisfy(p -> {
            assertThat(p.risk().p10()).isEqualTo(p.total());
            assertThat(p.risk().p50()).isEqualTo(p.total());
            assertThat(p.risk().p80()).isEqualTo(p.total());
            assertThat(p.risk().p90()).isEqualTo(p.total());
            p.byFundingSource().values().forEach(f -> {
                assertThat(f.risk().p10()).isEqualTo(f.spend());
                assertThat(f.risk().p90()).isEqualTo(f.spend());
            });
        });
        assertThat(projection.totals().risk().p50()).isEqualTo(projection.totals().total());
        assertThat(projection.periods().get(0).figures().byFundingSource().get("NS_TINH").probOverBudget())
                .isEqualTo(0.0);
    }

    @Test
    void uncappedSourceIsNeverOverBudget() {
        Plan plan = TestPlans.yearly(1, "", "", TestPlans.ranges("80, 100, 150"));

        Projection projection = projector.project(plan, Map.of("C0", 0), new ProjectionSettings(10_000, 42L));

        FundingSourceFigures spend = projection.periods().get(0).figures().byFundingSource().get("NS_TINH");
        assertThat(spend.capped()).isFalse();
        assertThat(spend.risk().p90()).isGreaterThan(spend.spend());
        assertThat(spend.probOverBudget()).isZero();
    }

    @Test
    void periodCapAtTheMedianIsBrokenInAboutHalfTheRuns() {
        Plan plan = TestPlans.yearly(1, "", """
                {"fundingSource": "NS_TINH", "period": "2030", "amount": %s}""".formatted(pertMedian()),
                TestPlans.ranges("80, 100, 150"));

        Projection projection = projector.project(plan, Map.of("C0", 0), new ProjectionSettings(20_000, 42L));

        FundingSourceFigures spend = projection.periods().get(0).figures().byFundingSource().get("NS_TINH");
        assertThat(spend.probOverBudget()).isCloseTo(0.5, within(0.02));
        assertThat(spend.risk().p50()).isCloseTo(pertMedian(), within(new BigDecimal("1")));
    }

    @Test
    void phaseCapAtTheMedianOfTheWholeDrawIsBrokenInAboutHalfTheRuns() {
        Plan plan = TestPlans.yearly(2, "", """
                {"fundingSource": "NS_TW", "phase": "GD", "amount": %s}""".formatted(pertMedian()), """
                {"id": "X", "name": "Hai năm", "duration": 2, "capex": {"low": 80, "likely": 100, "high": 150},
                 "capexProfile": [0.25, 0.75], "funding": {"NS_TW": 1}}""");

        Projection projection = projector.project(plan, Map.of("X", 0), new ProjectionSettings(20_000, 42L));

        FundingSourceFigures phaseSpend = projection.phases().get(0).figures().byFundingSource().get("NS_TW");
        assertThat(phaseSpend.budget()).isEqualByComparingTo(pertMedian());
        assertThat(phaseSpend.probOverBudget()).isCloseTo(0.5, within(0.02));
    }

    @Test
    void splitFundingSpreadsTheRiskByShare() {
        Plan plan = TestPlans.yearly(1, "", "", """
                {"id": "X", "name": "Chia đôi", "duration": 1, "capex": {"low": 80, "likely": 100, "high": 150},
                 "funding": {"NS_TINH": 0.25, "NS_TW": 0.75}}""");

        Projection projection = projector.project(plan, Map.of("X", 0), new ProjectionSettings(10_000, 42L));

        Map<String, FundingSourceTotal> bySource = projection.totals().byFundingSource();
        BigDecimal tinhContingency = bySource.get("NS_TINH").risk().contingency();
        BigDecimal twContingency = bySource.get("NS_TW").risk().contingency();
        assertThat(twContingency).isCloseTo(tinhContingency.multiply(BigDecimal.valueOf(3)),
                within(new BigDecimal("0.01")));
    }

    @Test
    void simulatedMeanIsThePlanPlusTheExpectedOverrun() {
        Projection projection = projector.project(HAND_PLAN, HAND_STARTS, new ProjectionSettings(20_000, 42L));

        // Only A is a range: PERT {80, 100, 150} has mean 105, so the total's mean is 256 + 5.
        assertThat(projection.totals().risk().mean()).isCloseTo(new BigDecimal("261"), within(new BigDecimal("0.3")));
    }

    @Test
    void withoutSimulationsACapIsOverBudgetOnlyWhenThePlanBreaksIt() {
        Plan plan = TestPlans.yearly(1, "", """
                {"fundingSource": "NS_TINH", "period": "2030", "amount": 99.999},
                {"fundingSource": "NS_TW", "period": "2030", "amount": 0}""", TestPlans.ranges("80, 100, 150"));

        Projection projection = projector.project(plan, Map.of("C0", 0), new ProjectionSettings(0, 42L));

        assertThat(projection.periods().get(0).figures().byFundingSource().get("NS_TINH").probOverBudget())
                .isEqualTo(1.0);
        assertThat(projection.periods().get(0).figures().byFundingSource().get("NS_TW").probOverBudget())
                .isEqualTo(0.0);
    }

    @Test
    void opexOutsideTheBudgetIsCostButNotSpending() {
        Plan plan = TestPlans.yearly(2, "\"opexInBudget\": false", "", """
                {"id": "X", "name": "Vận hành", "duration": 1, "capex": 10, "opexPerPeriod": 3}""");

        Projection projection = projector.project(plan, Map.of("X", 0), new ProjectionSettings(0, 1L));

        SpanFigures live = projection.periods().get(1).figures();
        assertThat(live.opex()).isEqualByComparingTo("3");
        assertThat(live.total()).isEqualByComparingTo("3");
        assertThat(live.byFundingSource().get("NS_TINH").spend()).isEqualByComparingTo("0");
    }

    @Test
    void deferredComponentCostsNothing() {
        Plan plan = TestPlans.yearly(1, "", "", TestPlans.ranges("80, 100, 150", "1, 2, 3"));
        Map<String, Integer> starts = new HashMap<>();
        starts.put("C0", null);
        starts.put("C1", 0);

        Projection projection = projector.project(plan, starts, new ProjectionSettings(1_000, 42L));

        assertThat(projection.totals().total()).isEqualByComparingTo("2");
        assertThat(projection.totals().risk().p90()).isLessThanOrEqualTo(new BigDecimal("3"));
    }

    @Test
    void refusesAStartThatRunsPastTheHorizon() {
        Plan plan = TestPlans.yearly(2, "", "", """
                {"id": "X", "name": "Dài", "duration": 2, "capex": 10}""");

        assertThatThrownBy(() -> projector.project(plan, Map.of("X", 1), new ProjectionSettings(0, 1L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("X");
    }

    @Test
    void refusesAStartForAnUnknownComponent() {
        Plan plan = TestPlans.yearly(1, "", "", TestPlans.ranges("1, 2, 3"));

        assertThatThrownBy(() -> projector.project(plan, Map.of("Y", 0), new ProjectionSettings(0, 1L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Y");
    }

    @Test
    void refusesNegativeSimulations() {
        assertThatThrownBy(() -> new ProjectionSettings(-1, 1L)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesMoreSimulationsThanTheLimit() {
        assertThatThrownBy(() -> new ProjectionSettings(ProjectionSettings.MAX_SIMULATIONS + 1, 1L))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
