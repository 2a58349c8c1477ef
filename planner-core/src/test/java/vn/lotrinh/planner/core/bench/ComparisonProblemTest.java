package vn.lotrinh.planner.core.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.plan.Objective;

class ComparisonProblemTest {

    @Test
    void readsOrLibraryNameAsProblemOfItsFileUnderMaxValue() {
        ComparisonProblem problem = ComparisonProblem.parse("mknap2 HP1");

        assertThat(problem).isEqualTo(new ComparisonProblem.OrLibrary("mknap2 HP1", "mknap2"));
        assertThat(problem.objective()).isEqualTo(Objective.MAX_VALUE);
    }

    @Test
    void tellsJ120InstanceFromJ30OneByTheWholeSetPrefix() {
        assertThat(ComparisonProblem.parse("j1201_1")).isEqualTo(new ComparisonProblem.Psplib("j1201_1", "j120"));
        assertThat(ComparisonProblem.parse("j3029_1")).isEqualTo(new ComparisonProblem.Psplib("j3029_1", "j30"));
    }

    @Test
    void readsGeneratedPlanNameBackToTheSameName() {
        ComparisonProblem problem = ComparisonProblem.parse(" generated 200 seed 3 VALUE_OVER_TIME ");

        assertThat(problem).isEqualTo(new ComparisonProblem.Generated(200, 3, Objective.VALUE_OVER_TIME));
        assertThat(problem.name()).isEqualTo("generated 200 seed 3 VALUE_OVER_TIME");
    }

    @Test
    void reducesNameToFileNameWithoutSpacesOrHashes() {
        assertThat(ComparisonProblem.parse("mknap1 #7").fileName()).isEqualTo("mknap1-7");
    }

    @Test
    void rejectsNameOfNoKnownKind() {
        assertThatThrownBy(() -> ComparisonProblem.parse("j45_1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a comparison problem: 'j45_1'");
    }
}
