package vn.lotrinh.planner.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lotrinh.planner.core.TestFiles;
import vn.lotrinh.planner.core.exact.CheckedReference;
import vn.lotrinh.planner.core.exact.ExactResult;
import vn.lotrinh.planner.core.plan.Budget;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;

class OrLibraryReaderTest {

    private static final Path ORLIB = TestFiles.find("shared/benchmarks/orlib");
    private static final ReferenceCsv OPTIMA = ReferenceCsv.read(ORLIB.resolve("optima_verified.csv"));

    private final OrLibraryReader reader = new OrLibraryReader();

    @Test
    void readsSevenPetersenProblemsWithTheOptimaOfTheVerifiedTable() {
        List<OrLibraryReader.Instance> instances = reader.readMknap1Format(ORLIB.resolve("mknap1.txt"));

        assertThat(instances).extracting(OrLibraryReader.Instance::name)
                .containsExactly(
                        "mknap1 #1", "mknap1 #2", "mknap1 #3", "mknap1 #4", "mknap1 #5", "mknap1 #6", "mknap1 #7");
        assertThat(instances).allSatisfy(instance -> assertThat(instance.publishedOptimum())
                .isEqualByComparingTo(verified(instance.name(), "optimum_in_file")));
    }

    @Test
    void readsFortyEightMknap2ProblemsWithTheOptimaOfTheVerifiedTable() {
        List<OrLibraryReader.Instance> instances = reader.readMknap2(ORLIB.resolve("mknap2.txt"));

        assertThat(instances).hasSize(48);
        assertThat(instances.get(0).name()).isEqualTo("mknap2 SENTO1");
        assertThat(instances).allSatisfy(instance -> {
            assertThat(instance.publishedOptimum()).isEqualByComparingTo(verified(instance.name(), "optimum_in_file"));
            Plan plan = new PlanReader().read(instance.plan());
            assertThat(plan.components()).hasSize(Integer.parseInt(verifiedRow(instance.name()).get("n_items")));
            assertThat(plan.horizon()).isEqualTo(Integer.parseInt(verifiedRow(instance.name()).get("m_constraints")));
        });
    }

    @Test
    void readsChuBeasleyProblemsOfTheSizeTheirNamesGiveWithoutOptimum() {
        ReferenceCsv bestKnown = ReferenceCsv.read(ORLIB.resolve("mknapcb_bks.csv"));

        List<OrLibraryReader.Instance> instances = reader.readMknap1Format(ORLIB.resolve("mknapcb4.txt"));

        assertThat(instances).hasSize(30);
        Map<String, String> first = bestKnown.row("file", "mknapcb4.txt").orElseThrow();
        Plan plan = new PlanReader().read(instances.get(0).plan());
        assertThat(plan.components()).hasSize(Integer.parseInt(first.get("n")));
        assertThat(plan.budgets()).hasSize(Integer.parseInt(first.get("m")));
        assertThat(instances).allSatisfy(instance -> assertThat(instance.publishedOptimum()).isNull());
    }

    @Test
    void turnsEachProjectIntoOptionalComponentSpanningEveryPeriodWithItsColumnAsCapex() {
        Plan plan = new PlanReader().read(reader.readMknap1Format(ORLIB.resolve("mknap1.txt")).get(0).plan());

        Component fourth = plan.componentsById().get("P4");
        assertThat(plan.horizon()).isEqualTo(10);
        assertThat(fourth.value()).isEqualTo(2400.0);
        assertThat(fourth.isMust()).isFalse();
        assertThat(fourth.durationPeriods()).isEqualTo(10);
        assertThat(fourth.earliestStart()).isZero();
        assertThat(fourth.latestFinish()).isEqualTo(9);
        assertThat(fourth.capexByOffsetMilli())
                .containsExactly(64_000L, 75_000L, 18_000L, 32_000L, 42_000L, 48_000L, 0L, 0L, 0L, 8_000L);
    }

    @Test
    void turnsEachConstraintIntoPeriodBudget() {
        Plan plan = new PlanReader().read(reader.readMknap1Format(ORLIB.resolve("mknap1.txt")).get(0).plan());

        assertThat(plan.budgets()).hasSize(10).noneMatch(Budget::isPhaseBudget);
        assertThat(plan.budgets()).extracting(Budget::firstPeriod).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(plan.budgets()).extracting(Budget::amountMilli)
                .containsExactly(
                        80_000L, 96_000L, 20_000L, 36_000L, 44_000L, 48_000L, 10_000L, 18_000L, 22_000L, 24_000L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mknap1 #1", "mknap1 #2", "mknap1 #4", "mknap2 WEING1", "mknap2 PB5"})
    void cpSatSolvesProblemToItsVerifiedOptimum(String name) {
        Plan plan = new PlanReader().read(instance(name).plan());

        ExactResult result = CheckedReference.solve(plan, Objective.MAX_VALUE, Duration.ofSeconds(10));

        assertThat(result.optimal()).isTrue();
        assertThat(result.objectiveValue()).isEqualByComparingTo(verified(name, "highs_optimum"));
    }

    private OrLibraryReader.Instance instance(String name) {
        List<OrLibraryReader.Instance> instances = name.startsWith("mknap1")
                ? reader.readMknap1Format(ORLIB.resolve("mknap1.txt"))
                : reader.readMknap2(ORLIB.resolve("mknap2.txt"));
        return instances.stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    /** The verified table names Petersen problems with a suffix: {@code mknap1 #1 (Petersen PET1)}. */
    private static Map<String, String> verifiedRow(String name) {
        return OPTIMA.row("instance", name).or(() -> OPTIMA.rowStartingWith("instance", name + " (")).orElseThrow();
    }

    private static BigDecimal verified(String name, String column) {
        // HiGHS prints some optima with float noise (6119.9999999999945): compare at the file's precision.
        return new BigDecimal(verifiedRow(name).get(column)).setScale(6, RoundingMode.HALF_UP);
    }
}
