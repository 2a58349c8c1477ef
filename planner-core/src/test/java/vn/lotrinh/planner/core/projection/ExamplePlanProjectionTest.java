package vn.lotrinh.planner.core.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.TestFiles;
import vn.lotrinh.planner.core.plan.Plan;

/**
 * The whole projection of the spec's example plan under its golden roadmap: TTDL 2021, LGSP and SOC 2023, MCDT and
 * KDL 2024, IOC and IOC_THUE deferred.
 *
 * <pre>
 *        TTDL       LGSP        SOC (½ TINH, ½ TW)  MCDT      KDL (TW)   total   NS_TINH  NS_TW
 * 2021   8400                                                            8400    8400     0
 * 2022   3600                                                            3600    3600     0
 * 2023   600 opex   10000       18000                                    28600   19600    9000
 * 2024   600        800 opex    1500 opex           9000      7000       18900   11150    7750
 * 2025   600        800         1500                700 opex  7000       10600   2850     7750
 * capex 63000, opex 7100, total 70100; NS_TINH 2023 cap 22000 → headroom 2400; NS_TW GD2 24500 of 26000.
 * 2023: nominal 28600 × 1.04² = 30933.76; present value 30933.76 / 1.07² = 27018.743995 → 27018.744.
 * </pre>
 */
class ExamplePlanProjectionTest {

    private static Projection projection;

    @BeforeAll
    static void projectTheGoldenRoadmap() {
        Plan plan = TestFiles.examplePlan();
        Map<String, Integer> starts = new HashMap<>(Map.of("TTDL", 0, "LGSP", 2, "SOC", 2, "MCDT", 3, "KDL", 3));
        starts.put("IOC", null);
        starts.put("IOC_THUE", null);
        projection = new CostProjector().project(plan, starts, new ProjectionSettings(10_000, 42L));
    }

    @Test
    void totalsMatchTheGoldenRoadmap() {
        assertThat(projection.totals().capex()).isEqualByComparingTo("63000");
        assertThat(projection.totals().opex()).isEqualByComparingTo("7100");
        assertThat(projection.totals().total()).isEqualByComparingTo("70100");
        assertThat(projection.totals().byFundingSource().get("NS_TINH").spend()).isEqualByComparingTo("45600");
        assertThat(projection.totals().byFundingSource().get("NS_TW").spend()).isEqualByComparingTo("24500");
    }

    @Test
    void periodTotalsMatchTheGoldenRoadmap() {
        assertThat(projection.periods()).extracting(p -> p.figures().total())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("8400"), new BigDecimal("3600"), new BigDecimal("28600"),
                        new BigDecimal("18900"), new BigDecimal("10600"));
    }

    @Test
    void provincialBudgetKeepsHeadroomIn2023() {
        FundingSourceFigures tinh2023 = projection.periods().get(2).figures().byFundingSource().get("NS_TINH");

        assertThat(tinh2023.spend()).isEqualByComparingTo("19600");
        assertThat(tinh2023.budget()).isEqualByComparingTo("22000");
        assertThat(tinh2023.headroom()).isEqualByComparingTo("2400");
        assertThat(tinh2023.probOverBudget()).isBetween(0.0, 0.5);
    }

    @Test
    void centralPhaseBudgetIsAtRiskOfOverrun() {
        FundingSourceFigures twGd2 = projection.phases().get(1).figures().byFundingSource().get("NS_TW");

        assertThat(twGd2.spend()).isEqualByComparingTo("24500");
        assertThat(twGd2.headroom()).isEqualByComparingTo("1500");
        assertThat(twGd2.probOverBudget()).isStrictlyBetween(0.0, 1.0);
        assertThat(twGd2.risk().p80()).isGreaterThan(twGd2.spend());
    }

    @Test
    void baseYearIsNotInflatedAndLaterYearsAre() {
        SpanFigures first = projection.periods().get(0).figures();
        SpanFigures third = projection.periods().get(2).figures();

        assertThat(first.nominal()).isEqualByComparingTo(first.total());
        assertThat(first.presentValue()).isEqualByComparingTo(first.total());
        assertThat(third.nominal()).isEqualByComparingTo("30933.76");
        assertThat(third.presentValue()).isEqualByComparingTo("27018.744");
    }

    @Test
    void layersAddUpToEachPeriodTotal() {
        assertThat(projection.periods()).extracting(PeriodProjection::figures).allSatisfy(p -> assertThat(
                p.byLayer().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(p.total()));
        assertThat(projection.totals().byLayer()).containsKeys("BUSINESS", "DATA", "APPLICATION", "SECURITY",
                "INFRASTRUCTURE");
        assertThat(projection.totals().byLayer().get("BUSINESS")).isEqualByComparingTo("0");
    }

    @Test
    void everyPercentileIsOrdered() {
        assertThat(projection.periods()).extracting(PeriodProjection::figures).allSatisfy(p -> {
            assertThat(p.risk().p10()).isLessThanOrEqualTo(p.risk().p50());
            assertThat(p.risk().p50()).isLessThanOrEqualTo(p.risk().p80());
            assertThat(p.risk().p80()).isLessThanOrEqualTo(p.risk().p90());
            p.byFundingSource().values().forEach(f -> {
                assertThat(f.risk().p10()).isLessThanOrEqualTo(f.risk().p50());
                assertThat(f.risk().p50()).isLessThanOrEqualTo(f.risk().p80());
                assertThat(f.risk().p80()).isLessThanOrEqualTo(f.risk().p90());
                assertThat(f.probOverBudget()).isBetween(0.0, 1.0);
            });
        });
        assertThat(projection.totals().risk().p10()).isLessThan(projection.totals().risk().p50());
        assertThat(projection.totals().risk().p50()).isLessThan(projection.totals().risk().p80());
        assertThat(projection.totals().risk().p80()).isLessThan(projection.totals().risk().p90());
    }

    @Test
    void cumulativeCurvesEndAtTheTotals() {
        PeriodProjection last = projection.periods().get(projection.periods().size() - 1);

        assertThat(last.cumulativeTotal()).isEqualByComparingTo(projection.totals().total());
        assertThat(last.cumulativeNominal()).isEqualByComparingTo(projection.totals().nominal());
        assertThat(last.cumulativePresentValue()).isEqualByComparingTo(projection.totals().presentValue());
    }

    @Test
    void reportsTheRunsMade() {
        assertThat(projection.simulations()).isEqualTo(10_000);
        assertThat(projection.seed()).isEqualTo(42L);
    }
}
