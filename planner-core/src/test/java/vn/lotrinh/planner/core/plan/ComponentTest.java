package vn.lotrinh.planner.core.plan;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComponentTest {

    @Test
    void refusesCapexInstalmentsThatDoNotMatchItsDuration() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Component("TTDL", "Trung tâm dữ liệu", null, Priority.MUST, 1.0, 2,
                        CapexEstimate.exactly(3_000), List.of(3_000L), List.of(0.5, 0.5), 0, Map.of("NS", 1.0),
                        Map.of(), List.of(), List.of(), null, null, null, Capabilities.NONE,
                        List.of(Map.of("NS", 1.0))))
                .withMessageContaining("TTDL takes 2 periods");
    }
}
