package vn.lotrinh.planner.api.frontier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.api.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.api.ApiTest;
import vn.lotrinh.planner.core.frontier.BudgetFrontier;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.roadmap.CheckReport;
import vn.lotrinh.planner.core.roadmap.RoadmapChecker;
import vn.lotrinh.planner.core.solver.RoadmapSolver;

/**
 * Frontiers of the sample plan over HTTP, each point held to the {@link RoadmapChecker} against the plan scaled for
 * it. One small frontier of every budget is traced once for the tests that read it.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrontierApiTest {

    private static final String SAMPLE = new String(ApiClient.data("vinh-phuc-egov-2.0.json"), StandardCharsets.UTF_8);
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Predicate<JsonNode> FINISHED = frontier ->
            List.of("COMPLETED", "TERMINATED", "FAILED").contains(frontier.path("status").asText());

    @Autowired
    ApiClient api;

    private final JsonNode document = PlanReader.parse(SAMPLE);
    private final Plan sample = new PlanReader().read(document);
    private final BudgetFrontier scaler = new BudgetFrontier(new RoadmapSolver());

    String planId;
    ResponseEntity<String> accepted;
    JsonNode traced;

    @BeforeAll
    void traceASmallFrontierOfEveryBudget() {
        planId = api.createPlan(SAMPLE);
        accepted = api.postJson("/api/plans/" + planId + "/frontier",
                "{\"scales\": [1.2, 0.8, 1.0], \"timeLimitSeconds\": 1}");
        traced = awaitFinished(json(accepted.getBody()).path("frontierId").asText());
    }

    @Test
    void frontierIsAcceptedAtOnceWithItsLocation() {
        JsonNode queued = json(accepted.getBody());

        assertThat(accepted.getStatusCode().value()).isEqualTo(202);
        assertThat(accepted.getHeaders().getFirst(HttpHeaders.LOCATION))
                .isEqualTo("/api/frontiers/" + queued.get("frontierId").asText());
        assertThat(queued.get("status").asText()).isEqualTo("QUEUED");
        assertThat(queued.get("planId").asText()).isEqualTo(planId);
        assertThat(queued.get("progress")).isEqualTo(json("{\"finished\": 0, \"total\": 3}"));
    }

    @Test
    void frontierRunsToCompletedWithAPointForEachScaleInAscendingOrder() {
        assertThat(traced.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(traced.get("planVersion").asLong()).isEqualTo(1);
        assertThat(traced.get("objective").asText()).isEqualTo("VALUE_OVER_TIME");
        assertThat(traced.get("fundingSource").isNull()).isTrue();
        assertThat(traced.get("scales")).isEqualTo(json("[0.8, 1, 1.2]"));
        assertThat(decimals(traced.get("points"), "scale")).containsExactly(
                new BigDecimal("0.8"), BigDecimal.ONE, new BigDecimal("1.2"));
        assertThat(traced.get("progress")).isEqualTo(json("{\"finished\": 3, \"total\": 3}"));
        assertThat(traced.get("finishedAt").isNull()).isFalse();
    }

    @Test
    void valuesNeverFallAsTheScaleRises() {
        JsonNode points = traced.get("points");
        for (int i = 1; i < points.size(); i++) {
            JsonNode below = points.get(i - 1);
            JsonNode point = points.get(i);
            assertThat(point.get("mustDeferred").asInt()).isLessThanOrEqualTo(below.get("mustDeferred").asInt());
            if (point.get("mustDeferred").asInt() == below.get("mustDeferred").asInt()) {
                assertThat(point.get("objectiveValue").decimalValue())
                        .isGreaterThanOrEqualTo(below.get("objectiveValue").decimalValue());
            }
        }
    }

    @Test
    void everyPointKeepsThePlanScaledForIt() {
        assertKeepsItsScaledPlans(traced, null);
    }

    @Test
    void marginalValueIsTheObjectiveGainedPerUnitOfExtraBudgetSinceThePointBelow() {
        JsonNode points = traced.get("points");

        assertThat(points.get(0).get("marginalValue").isNull()).isTrue();
        for (int i = 1; i < points.size(); i++) {
            BigDecimal gained = points.get(i).get("objectiveValue").decimalValue()
                    .subtract(points.get(i - 1).get("objectiveValue").decimalValue());
            BigDecimal extra = points.get(i).get("budgetTotal").decimalValue()
                    .subtract(points.get(i - 1).get("budgetTotal").decimalValue());
            assertThat(points.get(i).get("marginalValue").decimalValue())
                    .isEqualByComparingTo(gained.divide(extra, new MathContext(12)));
        }
    }

    @Test
    void frontierOfOneBudgetLineScalesOnlyThatLinesBudgets() {
        String frontierId = api.startFrontier(planId,
                "{\"scales\": [0.5, 1], \"fundingSource\": \"NSTW\", \"timeLimitSeconds\": 0.5}");

        JsonNode frontier = awaitFinished(frontierId);

        assertThat(frontier.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(frontier.get("fundingSource").asText()).isEqualTo("NSTW");
        // NSTW's budgets: 3,500 in 2021 and 2022, 4,000 in 2023–2025: 19,000 in all.
        assertThat(decimals(frontier.get("points"), "budgetTotal"))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("9500"), new BigDecimal("19000"));
        assertKeepsItsScaledPlans(frontier, "NSTW");
    }

    @Test
    void stoppingKeepsThePointsFoundAndEndsTerminated() {
        String frontierId = api.startFrontier(planId, "{\"timeLimitSeconds\": 2}");
        JsonNode firstFound = api.awaitFrontier(frontierId, PATIENCE,
                frontier -> frontier.path("progress").path("finished").asInt() >= 1, "a first point");

        ResponseEntity<String> stopped = api.delete("/api/frontiers/" + frontierId);
        JsonNode frontier = awaitFinished(frontierId);

        assertThat(stopped.getStatusCode().value()).isEqualTo(202);
        assertThat(frontier.get("status").asText()).isEqualTo("TERMINATED");
        assertThat(frontier.get("points").size()).isBetween(firstFound.get("points").size(), 10);
        assertThat(frontier.get("points").get(0)).isEqualTo(firstFound.get("points").get(0));
        assertThat(frontier.get("progress").get("total").asInt()).isEqualTo(11);
    }

    @Test
    void plansFrontiersAreListedNewestFirst() {
        String plan = api.createPlan(SAMPLE);
        String first = api.startFrontier(plan, "{\"scales\": [1]}");
        api.delete("/api/frontiers/" + first);
        String second = api.startFrontier(plan, "{\"scales\": [1]}");
        api.delete("/api/frontiers/" + second);

        JsonNode listed = json(api.get("/api/plans/" + plan + "/frontiers").getBody());

        assertThat(listed.findValuesAsText("frontierId")).containsExactly(second, first);
    }

    @Test
    void invalidRequestIsRefusedNamingEachFieldAndStoresNothing() {
        String plan = api.createPlan(SAMPLE);

        ResponseEntity<String> refused = api.postJson("/api/plans/" + plan + "/frontier", """
                {"scales": [0.5, 0, 11, -1], "fundingSource": "NS_XA", "objective": "FASTEST",
                 "timeLimitSeconds": 0.01}""");

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(json(refused.getBody()).get("errors").findValuesAsText("pointer")).containsExactly(
                "/scales/1", "/scales/2", "/scales/3", "/fundingSource", "/objective", "/timeLimitSeconds");
        assertThat(json(api.get("/api/plans/" + plan + "/frontiers").getBody())).isEmpty();
    }

    @Test
    void scalesMustBeAListOfOneToFiftyNumbers() {
        String tooMany = IntStream.rangeClosed(1, 51).mapToObj(i -> "0." + i).toList().toString();

        assertThat(errorPointers("{\"scales\": []}")).containsExactly("/scales");
        assertThat(errorPointers("{\"scales\": " + tooMany + "}")).containsExactly("/scales");
        assertThat(errorPointers("{\"scales\": [\"half\"]}")).containsExactly("/scales/0");
    }

    @Test
    void unknownPlanOrFrontierIsA404() {
        assertThat(api.postJson("/api/plans/no-such-plan/frontier", "{}").getStatusCode().value()).isEqualTo(404);
        assertThat(api.get("/api/plans/no-such-plan/frontiers").getStatusCode().value()).isEqualTo(404);
        assertThat(api.get("/api/frontiers/no-such-frontier").getStatusCode().value()).isEqualTo(404);
        assertThat(api.delete("/api/frontiers/no-such-frontier").getStatusCode().value()).isEqualTo(404);
    }

    /** Each point's assignments break no hard rule of its own scaled plan and have the point's figures. */
    private void assertKeepsItsScaledPlans(JsonNode frontier, String fundingSource) {
        for (JsonNode point : frontier.get("points")) {
            Plan scaled = scaler.scaledPlan(document, sample, point.get("scale").decimalValue(), fundingSource);
            Map<String, Integer> starts = new HashMap<>();
            point.get("assignments").forEach(assignment -> starts.put(assignment.get("componentId").asText(),
                    scaled.calendar().indexInHorizon(assignment.get("startPeriod").asText()).orElseThrow()));

            CheckReport report = new RoadmapChecker().check(scaled, starts, Objective.VALUE_OVER_TIME);

            assertThat(report.violations()).as("point at %s", point.get("scale")).isEmpty();
            assertThat(report.objectiveValue()).isEqualByComparingTo(point.get("objectiveValue").decimalValue());
            assertThat(report.deferredMustComponentIds()).hasSize(point.get("mustDeferred").asInt());
            assertThat(point.get("scheduled").asInt()).isEqualTo(starts.size());
            assertThat(point.get("deferred").asInt()).isEqualTo(sample.components().size() - starts.size());
        }
    }

    private List<String> errorPointers(String request) {
        ResponseEntity<String> refused = api.postJson("/api/plans/" + planId + "/frontier", request);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        return json(refused.getBody()).get("errors").findValuesAsText("pointer");
    }

    private JsonNode awaitFinished(String frontierId) {
        return api.awaitFrontier(frontierId, PATIENCE, FINISHED, "a final status");
    }

    private static List<BigDecimal> decimals(JsonNode points, String field) {
        List<BigDecimal> values = new ArrayList<>();
        points.forEach(point -> values.add(point.get(field).decimalValue()));
        return values;
    }
}
