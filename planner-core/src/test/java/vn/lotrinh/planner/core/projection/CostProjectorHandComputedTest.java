package vn.lotrinh.planner.core.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;

/**
 * Every deterministic figure of a small quarterly plan against a calculation by hand.
 *
 * <pre>
 * Calendar 2023-Q3 … 2024-Q4 (t = 0 … 5), baseYear 2023, inflation 4 %, discount 7 %, opex in budget.
 * Phases GD1 = t0–t1, GD2 = t2–t5. Caps: NS_TINH 2023-Q4 = 50; NS_TW phase GD2 = 80.
 *
 * A  INFRASTRUCTURE, starts t0, 2 periods, capex {80, 100, 150} profile [0.6, 0.4], opex 5, NS_TINH.
 *    capex 60 (t0), 40 (t1); live t2–t5: opex 5 each.
 * B  APPLICATION, starts t1, 3 periods, capex 100 even, opex 2.5, NS_TINH 0.4 / NS_TW 0.6.
 *    100 000 milli split by largest remainder: 33 334 (t1), 33 333 (t2), 33 333 (t3); live t4–t5: opex 2.5.
 *    Funded shares, rounded per period: t1 NS_TINH 0.4 × 33.334 = 13.3336 → 13.334, NS_TW 20.0004 → 20.000;
 *    t2, t3 NS_TINH 13.3332 → 13.333, NS_TW 19.9998 → 20.000; t4, t5 NS_TINH 1.000, NS_TW 1.500.
 * C  no layer, starts t3, 2 periods, capexByPeriod [20, 10], opex 1, NS_TW. capex 20 (t3), 10 (t4); opex 1 (t5).
 *
 *  t  period   capex    opex  total   NS_TINH              NS_TW
 *  0  2023-Q3  60       0     60      60                   0
 *  1  2023-Q4  73.334   0     73.334  40+13.334 = 53.334   20
 *  2  2024-Q1  33.333   5     38.333  5+13.333 = 18.333    20
 *  3  2024-Q2  53.333   5     58.333  5+13.333 = 18.333    20+20 = 40
 *  4  2024-Q3  10       7.5   17.5    5+1 = 6              1.5+10 = 11.5
 *  5  2024-Q4  0        8.5   8.5     5+1 = 6              1.5+1 = 2.5
 *     sum      230      26    256     162                  94
 *
 * e = startYear − 2023: 0.5, 0.75, 1, 1.25, 1.5, 1.75.
 * nominal = total × 1.04^e; PV = total × 1.04^e / 1.07^e; each rounded half up to 0.001.
 *  t0  60     × 1.0198039027 = 61.188234 → 61.188;  / 1.0344080433 = 59.152899 → 59.153
 *  t1  73.334 × 1.0298524452 = 75.523199 → 75.523;  / 1.0520535187 = 71.786461 → 71.786
 *  t2  38.333 × 1.04         = 39.866320 → 39.866;  / 1.07         = 37.258243 → 37.258
 *  t3  58.333 × 1.0502475428 = 61.264090 → 61.264;  / 1.0882526218 = 56.295835 → 56.296
 *  t4  17.5   × 1.0605960588 = 18.560431 → 18.560;  / 1.1068166063 = 16.769202 → 16.769
 *  t5  8.5    × 1.0710465430 =  9.103896 →  9.104;  / 1.1256972651 =  8.087339 →  8.087
 *  sum nominal 265.505, PV 249.349.
 *
 * Headroom: NS_TINH 2023-Q4 50 − 53.334 = −3.334; NS_TW GD2 80 − (20+40+11.5+2.5 = 74) = 6.
 * Layers: INFRASTRUCTURE 60, 40, 5, 5, 5, 5 (120); APPLICATION 0, 33.334, 33.333, 33.333, 2.5, 2.5 (105);
 *         UNSPECIFIED 0, 0, 0, 20, 10, 1 (31).
 * </pre>
 */
class CostProjectorHandComputedTest {

    static final String PLAN = """
            {
              "format": "roadmap-plan/1",
              "name": "Ba hạng mục theo quý",
              "calendar": {"periodUnit": "QUARTER", "start": "2023-Q3", "periods": 6},
              "phases": [
                {"id": "GD1", "name": "Giai đoạn 1", "firstPeriod": "2023-Q3", "lastPeriod": "2023-Q4"},
                {"id": "GD2", "name": "Giai đoạn 2", "firstPeriod": "2024-Q1", "lastPeriod": "2024-Q4"}
              ],
              "fundingSources": [
                {"id": "NS_TINH", "name": "Ngân sách tỉnh"},
                {"id": "NS_TW", "name": "Ngân sách trung ương"}
              ],
              "budgets": [
                {"fundingSource": "NS_TINH", "period": "2023-Q4", "amount": 50},
                {"fundingSource": "NS_TW", "phase": "GD2", "amount": 80}
              ],
              "economics": {"baseYear": 2023, "inflationRate": 0.04, "discountRate": 0.07},
              "components": [
                {"id": "A", "name": "Trung tâm dữ liệu", "layer": "INFRASTRUCTURE", "duration": 2,
                 "capex": {"low": 80, "likely": 100, "high": 150}, "capexProfile": [0.6, 0.4], "opexPerPeriod": 5},
                {"id": "B", "name": "Nền tảng tích hợp", "layer": "APPLICATION", "duration": 3, "capex": 100,
                 "opexPerPeriod": 2.5, "funding": {"NS_TINH": 0.4, "NS_TW": 0.6}},
                {"id": "C", "name": "Cổng dịch vụ công", "duration": 2, "capexByPeriod": [20, 10],
                 "opexPerPeriod": 1, "funding": {"NS_TW": 1.0}}
              ]
            }
            """;

    static final Map<String, Integer> STARTS = Map.of("A", 0, "B", 1, "C", 3);

    private static final Plan plan = new PlanReader().read(PLAN);
    private static final Projection projection =
            new CostProjector().project(plan, STARTS, new ProjectionSettings(0, 1L));

    private static List<SpanFigures> periodFigures(Projection projection) {
        return projection.periods().stream().map(PeriodProjection::figures).toList();
    }

    private static BigDecimal d(String units) {
        return new BigDecimal(units);
    }

    @Test
    void periodsCarryLabelsAndPhases() {
        assertThat(projection.periods()).extracting(PeriodProjection::period, PeriodProjection::phase).containsExactly(
                tuple("2023-Q3", "GD1"), tuple("2023-Q4", "GD1"), tuple("2024-Q1", "GD2"),
                tuple("2024-Q2", "GD2"), tuple("2024-Q3", "GD2"), tuple("2024-Q4", "GD2"));
    }

    @Test
    void capexFollowsProfilesAndCapexByPeriod() {
        assertThat(periodFigures(projection)).extracting(SpanFigures::capex)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("60"), d("73.334"), d("33.333"), d("53.333"), d("10"), d("0"));
    }

    @Test
    void opexRunsInEveryLivePeriod() {
        assertThat(periodFigures(projection)).extracting(SpanFigures::opex)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("0"), d("0"), d("5"), d("5"), d("7.5"), d("8.5"));
    }

    @Test
    void totalIsCapexPlusOpex() {
        assertThat(periodFigures(projection)).extracting(SpanFigures::total)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("60"), d("73.334"), d("38.333"), d("58.333"), d("17.5"), d("8.5"));
    }

    @Test
    void nominalInflatesFromTheFractionalYearOfThePeriodStart() {
        assertThat(periodFigures(projection)).extracting(SpanFigures::nominal)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("61.188"), d("75.523"), d("39.866"), d("61.264"), d("18.560"), d("9.104"));
    }

    @Test
    void presentValueDiscountsTheNominalFigure() {
        assertThat(periodFigures(projection)).extracting(SpanFigures::presentValue)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("59.153"), d("71.786"), d("37.258"), d("56.296"), d("16.769"), d("8.087"));
    }

    @Test
    void spendingOfEachSourceIsItsFundedShareRoundedPerPeriod() {
        assertThat(periodFigures(projection)).extracting(p -> p.byFundingSource().get("NS_TINH").spend())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("60"), d("53.334"), d("18.333"), d("18.333"), d("6"), d("6"));
        assertThat(periodFigures(projection)).extracting(p -> p.byFundingSource().get("NS_TW").spend())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("0"), d("20"), d("20"), d("40"), d("11.5"), d("2.5"));
    }

    @Test
    void periodCapShowsNegativeHeadroomWhenBroken() {
        FundingSourceFigures capped = projection.periods().get(1).figures().byFundingSource().get("NS_TINH");

        assertThat(capped.capped()).isTrue();
        assertThat(capped.budget()).isEqualByComparingTo("50");
        assertThat(capped.headroom()).isEqualByComparingTo("-3.334");
        assertThat(capped.probOverBudget()).isEqualTo(1.0);
    }

    @Test
    void sourceWithoutPeriodCapHasZeroBudgetAndHeadroom() {
        FundingSourceFigures uncapped = projection.periods().get(1).figures().byFundingSource().get("NS_TW");

        assertThat(uncapped.capped()).isFalse();
        assertThat(uncapped.budget()).isEqualByComparingTo("0");
        assertThat(uncapped.headroom()).isEqualByComparingTo("0");
        assertThat(uncapped.probOverBudget()).isZero();
    }

    @Test
    void layersSplitTheTotalWithUnspecifiedLast() {
        assertThat(projection.periods().get(3).figures().byLayer()).containsExactly(
                Map.entry("APPLICATION", d("33.333")),
                Map.entry("INFRASTRUCTURE", d("5")),
                Map.entry("UNSPECIFIED", d("20")));
        assertThat(projection.totals().byLayer()).containsExactly(
                Map.entry("APPLICATION", d("105")),
                Map.entry("INFRASTRUCTURE", d("120")),
                Map.entry("UNSPECIFIED", d("31")));
    }

    @Test
    void cumulativeCurvesSumThePeriods() {
        assertThat(projection.periods()).extracting(PeriodProjection::cumulativeTotal)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("60"), d("133.334"), d("171.667"), d("230"), d("247.5"), d("256"));
        assertThat(projection.periods()).extracting(PeriodProjection::cumulativeNominal)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("61.188"), d("136.711"), d("176.577"), d("237.841"), d("256.401"), d("265.505"));
        assertThat(projection.periods()).extracting(PeriodProjection::cumulativePresentValue)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("59.153"), d("130.939"), d("168.197"), d("224.493"), d("241.262"), d("249.349"));
    }

    @Test
    void firstPhaseSumsItsPeriods() {
        PhaseProjection gd1 = projection.phases().get(0);

        assertThat(gd1.phase()).isEqualTo("GD1");
        assertThat(gd1.firstPeriod()).isEqualTo("2023-Q3");
        assertThat(gd1.lastPeriod()).isEqualTo("2023-Q4");
        assertThat(gd1.figures().capex()).isEqualByComparingTo("133.334");
        assertThat(gd1.figures().opex()).isEqualByComparingTo("0");
        assertThat(gd1.figures().total()).isEqualByComparingTo("133.334");
        assertThat(gd1.figures().nominal()).isEqualByComparingTo("136.711");
        assertThat(gd1.figures().presentValue()).isEqualByComparingTo("130.939");
        assertThat(gd1.figures().byFundingSource().get("NS_TINH").spend()).isEqualByComparingTo("113.334");
        assertThat(gd1.figures().byFundingSource().get("NS_TW").spend()).isEqualByComparingTo("20");
    }

    @Test
    void secondPhaseSpendingStaysUnderItsCap() {
        SpanFigures gd2 = projection.phases().get(1).figures();
        FundingSourceFigures tw = gd2.byFundingSource().get("NS_TW");

        assertThat(gd2.capex()).isEqualByComparingTo("96.666");
        assertThat(gd2.opex()).isEqualByComparingTo("26");
        assertThat(gd2.total()).isEqualByComparingTo("122.666");
        assertThat(gd2.nominal()).isEqualByComparingTo("128.794");
        assertThat(gd2.presentValue()).isEqualByComparingTo("118.410");
        assertThat(gd2.byFundingSource().get("NS_TINH").spend()).isEqualByComparingTo("48.666");
        assertThat(gd2.byFundingSource().get("NS_TINH").capped()).isFalse();
        assertThat(tw.spend()).isEqualByComparingTo("74");
        assertThat(tw.budget()).isEqualByComparingTo("80");
        assertThat(tw.headroom()).isEqualByComparingTo("6");
        assertThat(tw.probOverBudget()).isZero();
    }

    @Test
    void totalsSumTheHorizon() {
        ProjectionTotals totals = projection.totals();

        assertThat(totals.capex()).isEqualByComparingTo("230");
        assertThat(totals.opex()).isEqualByComparingTo("26");
        assertThat(totals.total()).isEqualByComparingTo("256");
        assertThat(totals.nominal()).isEqualByComparingTo("265.505");
        assertThat(totals.presentValue()).isEqualByComparingTo("249.349");
        assertThat(totals.byFundingSource().get("NS_TINH").spend()).isEqualByComparingTo("162");
        assertThat(totals.byFundingSource().get("NS_TW").spend()).isEqualByComparingTo("94");
    }

    @Test
    void withoutSimulationsEveryPercentileIsThePlannedFigure() {
        SpanFigures period = projection.periods().get(1).figures();

        assertThat(period.risk().p10()).isEqualByComparingTo("73.334");
        assertThat(period.risk().p50()).isEqualByComparingTo("73.334");
        assertThat(period.risk().p80()).isEqualByComparingTo("73.334");
        assertThat(period.risk().p90()).isEqualByComparingTo("73.334");
        assertThat(period.risk().mean()).isEqualByComparingTo("73.334");
        assertThat(period.risk().contingency()).isEqualByComparingTo("0");
        assertThat(projection.simulations()).isZero();
    }

    @Test
    void reportsThePlanCurrencyAndMoneyUnit() {
        assertThat(projection.currency()).isEqualTo("VND");
        assertThat(projection.moneyUnit()).isEqualByComparingTo("1000000");
    }

    @Test
    void simulationsLeaveThePlannedFiguresUnchanged() {
        Projection simulated = new CostProjector().project(plan, STARTS, new ProjectionSettings(2_000, 7L));

        assertThat(periodFigures(simulated)).extracting(SpanFigures::total, SpanFigures::nominal,
                        SpanFigures::presentValue, p -> p.byFundingSource().get("NS_TINH").spend())
                .isEqualTo(periodFigures(projection).stream().map(p -> tuple(p.total(), p.nominal(),
                        p.presentValue(), p.byFundingSource().get("NS_TINH").spend())).toList());
    }
}
