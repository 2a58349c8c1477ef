package vn.lotrinh.planner.core.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.lotrinh.planner.core.TestFiles;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.plan.generator.GeneratedPlan;
import vn.lotrinh.planner.core.plan.generator.GeneratorSettings;
import vn.lotrinh.planner.core.plan.generator.RandomPlanGenerator;

class CpSatReferenceTest {

    private static final Duration TIME_LIMIT = Duration.ofSeconds(10);

    @Test
    void solvesExamplePlanToPublishedValueOverTimeOptimumWithGoldenRoadmap() {
        ExactResult result = solve(TestFiles.examplePlan(), Objective.VALUE_OVER_TIME, TIME_LIMIT);

        Map<String, Integer> golden = new HashMap<>();
        golden.put("TTDL", 0);
        golden.put("LGSP", 2);
        golden.put("SOC", 2);
        golden.put("MCDT", 3);
        golden.put("KDL", 3);
        golden.put("IOC", null);
        golden.put("IOC_THUE", null);
        assertThat(result.starts()).isEqualTo(golden);
        assertThat(result.objectiveValue()).isEqualByComparingTo("880");
        assertThat(result.optimal()).isTrue();
        assertThat(result.bound()).isEqualByComparingTo("880");
    }

    @Test
    void solvesExamplePlanToPublishedMaxValueOptimum() {
        ExactResult result = solve(TestFiles.examplePlan(), Objective.MAX_VALUE, TIME_LIMIT);

        assertThat(result.objectiveValue()).isEqualByComparingTo("350");
        assertThat(result.optimal()).isTrue();
        assertThat(scheduled(result)).containsExactlyInAnyOrder("TTDL", "LGSP", "SOC", "MCDT", "KDL");
    }

    @Test
    void minimisesMakespanOverDependentMustComponents() {
        Plan plan = plan(6, """
                "components": [
                  {"id": "A", "name": "A", "priority": "MUST", "duration": 2},
                  {"id": "B", "name": "B", "priority": "MUST", "duration": 1, "dependsOn": ["A"]},
                  {"id": "C", "name": "C", "priority": "MUST", "duration": 3}
                ]""");

        ExactResult result = solve(plan, Objective.MIN_MAKESPAN, TIME_LIMIT);

        assertThat(result.objectiveValue()).isEqualByComparingTo("-3");
        assertThat(result.optimal()).isTrue();
        assertThat(result.starts()).containsEntry("A", 0).containsEntry("B", 2).containsEntry("C", 0);
    }

    @Test
    void defersOptionalComponentThatWouldLengthenMakespan() {
        Plan plan = plan(6, """
                "components": [
                  {"id": "A", "name": "A", "priority": "MUST", "duration": 2},
                  {"id": "LONG", "name": "Long optional", "priority": "SHOULD", "duration": 5}
                ]""");

        ExactResult result = solve(plan, Objective.MIN_MAKESPAN, TIME_LIMIT);

        assertThat(result.objectiveValue()).isEqualByComparingTo("-2");
        assertThat(result.starts()).containsEntry("A", 0).containsEntry("LONG", null);
    }

    @Test
    void startsSuccessorOnlyAfterPredecessorFinishesAndLagElapses() {
        Plan plan = plan(5, """
                "components": [
                  {"id": "A", "name": "A", "value": 10, "duration": 1},
                  {"id": "B", "name": "B", "value": 10, "duration": 1, "dependsOn": [{"id": "A", "lag": 2}]}
                ]""");

        ExactResult result = solve(plan, Objective.VALUE_OVER_TIME, TIME_LIMIT);

        // A at 0 is worth 10 × 5, B at 0 + 1 + 2 = 3 is worth 10 × 2.
        assertThat(result.starts()).containsEntry("A", 0).containsEntry("B", 3);
        assertThat(result.objectiveValue()).isEqualByComparingTo("70");
    }

    @Test
    void defersSuccessorWhoseLagPushesItPastTheHorizon() {
        Plan plan = plan(4, """
                "components": [
                  {"id": "A", "name": "A", "value": 10, "duration": 1},
                  {"id": "B", "name": "B", "value": 50, "duration": 2, "dependsOn": [{"id": "A", "lag": 2}]}
                ]""");

        ExactResult result = solve(plan, Objective.MAX_VALUE, TIME_LIMIT);

        assertThat(result.starts()).containsEntry("A", 0).containsEntry("B", null);
        assertThat(result.objectiveValue()).isEqualByComparingTo("10");
    }

    @Test
    void schedulesOnlyTheMoreValuableOfTwoExclusiveAlternatives() {
        Plan plan = plan(3, """
                "components": [
                  {"id": "BUILD", "name": "Tự xây dựng", "value": 10, "duration": 1, "excludes": ["RENT"]},
                  {"id": "RENT", "name": "Thuê dịch vụ", "value": 30, "duration": 1}
                ]""");

        ExactResult result = solve(plan, Objective.MAX_VALUE, TIME_LIMIT);

        assertThat(result.starts()).containsEntry("BUILD", null).containsKey("RENT");
        assertThat(result.starts().get("RENT")).isNotNull();
        assertThat(result.objectiveValue()).isEqualByComparingTo("30");
    }

    @Test
    void keepsComponentsWhoseDemandExceedsCapacityApart() {
        Plan plan = plan(3, """
                "resources": [{"id": "STAFF", "name": "Cán bộ", "unit": "người"}],
                "capacities": [{"resource": "STAFF", "amount": 3}],
                "components": [
                  {"id": "A", "name": "A", "value": 10, "duration": 1, "demand": {"STAFF": 2}},
                  {"id": "B", "name": "B", "value": 20, "duration": 1, "demand": {"STAFF": 2}}
                ]""");

        ExactResult result = solve(plan, Objective.VALUE_OVER_TIME, TIME_LIMIT);

        // Only one fits per period: the more valuable goes first (20 × 3), the other next (10 × 2).
        assertThat(result.starts()).containsEntry("B", 0).containsEntry("A", 1);
        assertThat(result.objectiveValue()).isEqualByComparingTo("80");
    }

    @Test
    void appliesCapacityGivenForOnePeriodOverTheOneForEveryPeriod() {
        Plan plan = plan(3, """
                "resources": [{"id": "STAFF", "name": "Cán bộ", "unit": "người"}],
                "capacities": [{"resource": "STAFF", "amount": 4},
                               {"resource": "STAFF", "period": "2021", "amount": 2}],
                "components": [
                  {"id": "A", "name": "A", "value": 10, "duration": 1, "demand": {"STAFF": 2}},
                  {"id": "B", "name": "B", "value": 20, "duration": 1, "demand": {"STAFF": 2}}
                ]""");

        ExactResult result = solve(plan, Objective.VALUE_OVER_TIME, TIME_LIMIT);

        // Both would fit together under the yearly 4, but 2021 has room for only one.
        assertThat(result.starts()).containsEntry("B", 0).containsEntry("A", 1);
        assertThat(result.objectiveValue()).isEqualByComparingTo("80");
    }

    @Test
    void countsOpexOfLiveComponentsAgainstPeriodBudget() {
        Plan plan = plan(2, """
                "budgets": [{"fundingSource": "NS", "period": "2021", "amount": 100},
                            {"fundingSource": "NS", "period": "2022", "amount": 100}],
                "components": [
                  {"id": "A", "name": "A", "value": 10, "duration": 1, "capex": 60, "opexPerPeriod": 50},
                  {"id": "B", "name": "B", "value": 10, "duration": 1, "capex": 60}
                ]""");

        ExactResult result = solve(plan, Objective.VALUE_OVER_TIME, TIME_LIMIT);

        // A in 2021 costs 50 of opex in 2022, leaving no room for B's 60 there; so B goes first.
        assertThat(result.starts()).containsEntry("B", 0).containsEntry("A", 1);
        assertThat(result.objectiveValue()).isEqualByComparingTo("30");
    }

    @Test
    void capsFundedShareOverPhaseBudget() {
        Plan plan = plan(2, """
                "phases": [{"id": "GD1", "name": "Giai đoạn 1", "firstPeriod": "2021", "lastPeriod": "2022"}],
                "fundingSources": [{"id": "NS", "name": "Ngân sách"}, {"id": "TW", "name": "Trung ương"}],
                "budgets": [{"fundingSource": "TW", "phase": "GD1", "amount": 50}],
                "components": [
                  {"id": "A", "name": "A", "value": 10, "duration": 1, "capex": 80, "funding": {"NS": 0.5, "TW": 0.5}},
                  {"id": "B", "name": "B", "value": 20, "duration": 1, "capex": 30, "funding": {"TW": 1.0}}
                ]""");

        ExactResult result = solve(plan, Objective.MAX_VALUE, TIME_LIMIT);

        // TW pays 40 of A and 30 of B: both would be 70 over the phase's 50.
        assertThat(result.starts()).containsEntry("A", null).containsKey("B");
        assertThat(result.objectiveValue()).isEqualByComparingTo("20");
    }

    @Test
    void schedulesMustComponentEvenWhenAnOptionalOneIsWorthMore() {
        Plan plan = plan(1, """
                "budgets": [{"fundingSource": "NS", "period": "2021", "amount": 10}],
                "components": [
                  {"id": "LAW", "name": "Required by law", "priority": "MUST", "value": 1, "duration": 1, "capex": 10},
                  {"id": "NICE", "name": "Nice to have", "value": 100, "duration": 1, "capex": 10}
                ]""");

        ExactResult result = solve(plan, Objective.MAX_VALUE, TIME_LIMIT);

        assertThat(result.starts()).containsEntry("LAW", 0).containsEntry("NICE", null);
        assertThat(result.optimal()).isTrue();
    }

    @Test
    void schedulesAsManyMustComponentsAsFitWhenNotAllDo() {
        Plan plan = plan(1, """
                "budgets": [{"fundingSource": "NS", "period": "2021", "amount": 10}],
                "components": [
                  {"id": "A", "name": "A", "priority": "MUST", "value": 5, "duration": 1, "capex": 10},
                  {"id": "B", "name": "B", "priority": "MUST", "value": 7, "duration": 1, "capex": 10},
                  {"id": "FREE", "name": "Free", "value": 100, "duration": 1}
                ]""");

        ExactResult result = solve(plan, Objective.MAX_VALUE, TIME_LIMIT);

        assertThat(result.starts()).containsEntry("A", null).containsEntry("B", 0).containsEntry("FREE", 0);
        assertThat(result.objectiveValue()).isEqualByComparingTo("107");
        assertThat(result.optimal()).isTrue();
    }

    @Test
    void reportsFractionalValuesUnscaled() {
        Plan plan = plan(1, """
                "components": [
                  {"id": "A", "name": "A", "value": 0.25, "duration": 1},
                  {"id": "B", "name": "B", "value": 1.5, "duration": 1}
                ]""");

        ExactResult result = solve(plan, Objective.MAX_VALUE, TIME_LIMIT);

        assertThat(result.objectiveValue()).isEqualTo(new BigDecimal("1.75"));
        assertThat(result.bound()).isEqualTo(new BigDecimal("1.75"));
    }

    @ParameterizedTest
    @MethodSource("generatorSeeds")
    void schedulesEveryMustComponentOfGeneratedPlanWithoutBreakingAnyRule(long seed) {
        GeneratorSettings settings = GeneratorSettings.builder().components(25).build();
        GeneratedPlan generated = new RandomPlanGenerator(settings).generate(seed);
        Plan plan = new PlanReader().read(generated.document());

        ExactResult result = solve(plan, Objective.VALUE_OVER_TIME, Duration.ofSeconds(2));

        // The generator builds every plan so that its MUST components fit: a witness schedule exists.
        assertThat(result.hasRoadmap()).isTrue();
        assertThat(generated.mustWitnessStarts())
                .allSatisfy((id, witnessStart) -> assertThat(result.starts().get(id)).isNotNull());
    }

    static LongStream generatorSeeds() {
        return LongStream.rangeClosed(1, 10);
    }

    @Test
    void findsNoRoadmapWhenPinnedComponentsBreakBudget() {
        Plan plan = plan(1, """
                "budgets": [{"fundingSource": "NS", "period": "2021", "amount": 10}],
                "components": [
                  {"id": "A", "name": "A", "duration": 1, "capex": 8, "pinnedStart": "2021"},
                  {"id": "B", "name": "B", "duration": 1, "capex": 8, "pinnedStart": "2021"}
                ]""");

        ExactResult result = solve(plan, Objective.VALUE_OVER_TIME, TIME_LIMIT);

        assertThat(result.hasRoadmap()).isFalse();
        assertThat(result.starts()).isEmpty();
    }

    private static ExactResult solve(Plan plan, Objective objective, Duration timeLimit) {
        return CheckedReference.solve(plan, objective, timeLimit);
    }

    private static List<String> scheduled(ExactResult result) {
        return result.starts().entrySet().stream().filter(e -> e.getValue() != null).map(Map.Entry::getKey).toList();
    }

    /** A plan over {@code periods} years from 2021 with one funding source {@code NS}, plus the given fields. */
    private static Plan plan(int periods, String fields) {
        String fundingSources = fields.contains("\"fundingSources\"")
                ? ""
                : "\"fundingSources\": [{\"id\": \"NS\", \"name\": \"Ngân sách\"}],";
        return new PlanReader().read("""
                {"format": "roadmap-plan/1", "name": "test",
                 "calendar": {"periodUnit": "YEAR", "start": "2021", "periods": %d},
                 %s
                 %s}
                """.formatted(periods, fundingSources, fields));
    }
}
