package vn.lotrinh.planner.api.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.api.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.api.ApiTest;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.roadmap.BindingCaps;
import vn.lotrinh.planner.core.roadmap.CapUse;

@ApiTest
class BindingCapsApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    ApiClient api;

    @Test
    void theRoadmapListsEveryCapThatBindsWithItsUseAndHeadroom() {
        String sample = new String(ApiClient.data("vinh-phuc-egov-2.0.json"), StandardCharsets.UTF_8);
        String planId = api.createPlan(sample);
        api.awaitJob(api.startSolve(planId, "{\"timeLimitSeconds\": 1}"), PATIENCE, "COMPLETED");

        JsonNode roadmap = json(api.get("/api/plans/" + planId + "/roadmap").getBody());

        Plan plan = new PlanReader().read(sample);
        Map<String, Integer> starts = new HashMap<>();
        roadmap.get("assignments").forEach(a -> starts.put(a.get("componentId").asText(),
                a.get("start").isNull() ? null : a.get("start").asInt()));
        List<CapUse> expected = new BindingCaps().of(plan, starts);
        JsonNode caps = roadmap.get("bindingCaps");
        assertThat(expected).isNotEmpty();
        assertThat(caps).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            CapUse cap = expected.get(i);
            JsonNode answered = caps.get(i);
            assertThat(answered.get("kind").asText()).isEqualTo(cap.kind().name());
            assertThat(answered.get("used").decimalValue()).isEqualByComparingTo(cap.used());
            assertThat(answered.get("cap").decimalValue()).isEqualByComparingTo(cap.cap());
            assertThat(answered.get("headroom").decimalValue()).isEqualByComparingTo(cap.headroom());
            assertThat(answered.get("holdsBack")).extracting(JsonNode::asText)
                    .containsExactlyElementsOf(cap.holdsBack());
        }
    }
}
