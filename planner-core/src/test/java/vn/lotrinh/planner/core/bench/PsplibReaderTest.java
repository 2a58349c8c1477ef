package vn.lotrinh.planner.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lotrinh.planner.core.TestFiles;
import vn.lotrinh.planner.core.exact.CheckedReference;
import vn.lotrinh.planner.core.exact.ExactResult;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.Dependency;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;

class PsplibReaderTest {

    private static final Path PSPLIB = TestFiles.find("shared/benchmarks/psplib");

    private final PsplibReader reader = new PsplibReader();

    @Test
    void readsEveryJobOfNonZeroDurationAsMustComponent() {
        Plan plan = j301_1();

        assertThat(plan.components()).hasSize(30).allMatch(Component::isMust);
        assertThat(plan.components().get(0).id()).isEqualTo("J2");
        assertThat(plan.components().get(29).id()).isEqualTo("J31");
        assertThat(plan.horizon()).isEqualTo(158);
    }

    @Test
    void takesDurationAndDemandOfJob() {
        Component job = j301_1().componentsById().get("J26");

        assertThat(job.durationPeriods()).isEqualTo(7);
        assertThat(job.demandMilli()).isEqualTo(Map.of("R3", 4_000L));
    }

    @Test
    void takesResourceAvailabilitiesAsCapacityOfEveryPeriod() {
        Plan plan = j301_1();

        assertThat(plan.capacityMilli("R1", 0)).contains(12_000L);
        assertThat(plan.capacityMilli("R2", 57)).contains(13_000L);
        assertThat(plan.capacityMilli("R3", 157)).contains(4_000L);
        assertThat(plan.capacityMilli("R4", 100)).contains(12_000L);
    }

    @Test
    void takesSuccessorsAsDependenciesWithoutLag() {
        Map<String, Component> jobs = j301_1().componentsById();

        assertThat(jobs.get("J20").dependsOn()).containsExactlyInAnyOrder(
                new Dependency("J5", 0), new Dependency("J11", 0), new Dependency("J18", 0));
        assertThat(jobs.get("J2").dependsOn()).isEmpty();
    }

    @Test
    void bridgesPrecedenceThroughZeroDurationJob(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tiny.sm");
        Files.writeString(file, """
                jobs (incl. supersource/sink ):  5
                horizon                       :  5
                  - renewable                 :  1   R
                  - nonrenewable              :  0   N
                  - doubly constrained        :  0   D
                PRECEDENCE RELATIONS:
                jobnr.    #modes  #successors   successors
                   1        1          1           2
                   2        1          1           3
                   3        1          1           4
                   4        1          1           5
                   5        1          0
                REQUESTS/DURATIONS:
                jobnr. mode duration  R 1
                ------------------------------------------------------------------------
                  1      1     0       0
                  2      1     3       1
                  3      1     0       0
                  4      1     2       1
                  5      1     0       0
                RESOURCEAVAILABILITIES:
                  R 1
                   1
                """);

        Plan plan = new PlanReader().read(reader.read(file));

        assertThat(plan.components()).extracting(Component::id).containsExactly("J2", "J4");
        assertThat(plan.componentsById().get("J4").dependsOn()).containsExactly(new Dependency("J2", 0));
    }

    @Test
    void shortensHorizonBeyondFormatLimitToFeasibleSerialSchedule() {
        ReferenceCsv reference = ReferenceCsv.read(PSPLIB.resolve("j120_reference.csv"));

        Plan plan = new PlanReader().read(reader.read(PSPLIB.resolve("j120/j12010_1.sm")));

        // The file's horizon is 667; a feasible schedule is no shorter than the best known one.
        int bestKnown = Integer.parseInt(reference.row("instance", "j12010_1").orElseThrow().get("upper_bound"));
        assertThat(plan.horizon()).isBetween(bestKnown, PsplibReader.MAX_PERIODS);
        assertThat(plan.components()).hasSize(120);
    }

    @Test
    void cpSatSolvesJ301_1ToItsProvenOptimum() {
        ReferenceCsv reference = ReferenceCsv.read(PSPLIB.resolve("j30_reference.csv"));
        Map<String, String> row = reference.row("instance", "j301_1").orElseThrow();
        assertThat(row.get("optimal_proven")).isEqualTo("1");

        ExactResult result = CheckedReference.solve(j301_1(), Objective.MIN_MAKESPAN, Duration.ofSeconds(10));

        assertThat(result.optimal()).isTrue();
        assertThat(result.objectiveValue().negate()).isEqualByComparingTo(row.get("upper_bound"));
    }

    private Plan j301_1() {
        return new PlanReader().read(reader.read(PSPLIB.resolve("j30/j301_1.sm")));
    }
}
