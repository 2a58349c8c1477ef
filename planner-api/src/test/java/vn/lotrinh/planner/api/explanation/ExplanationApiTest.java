package vn.lotrinh.planner.api.explanation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.api.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.api.ApiTest;

/** The sample plan, solved once over HTTP, explained in Vietnamese and in English. */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplanationApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String SAMPLE = new String(ApiClient.data("vinh-phuc-egov-2.0.json"), StandardCharsets.UTF_8);

    @Autowired
    ApiClient api;

    String planId;
    String jobId;
    /** The names the sample plan gives its components, funding sources, resources and phases, by id. */
    Map<String, String> names = new HashMap<>();

    @BeforeAll
    void solveTheSamplePlan() {
        planId = api.createPlan(SAMPLE);
        jobId = api.startSolve(planId, "{\"timeLimitSeconds\": 1}");
        api.awaitJob(jobId, PATIENCE, "COMPLETED");
        JsonNode plan = json(SAMPLE);
        for (String list : List.of("components", "fundingSources", "resources", "phases")) {
            plan.get(list).forEach(item -> names.put(item.get("id").asText(), item.get("name").asText()));
        }
    }

    @Test
    void everyDeferredComponentHasReasonsAndAFixWithASummary() throws Exception {
        JsonNode explanation = explanation("/api/plans/" + planId + "/roadmap/explanation", null).body();

        assertThat(explanation.get("planId").asText()).isEqualTo(planId);
        assertThat(explanation.get("jobId").asText()).isEqualTo(jobId);
        assertThat(explanation.get("planVersion").asLong()).isEqualTo(1);
        assertThat(explanation.get("constraints").findValuesAsText("name")).contains("Period budget",
                "Phase budget", "Resource capacity", "Dependency order", "Must component scheduled");
        List<JsonNode> deferred = deferred(explanation);
        assertThat(deferred).isNotEmpty();
        for (JsonNode component : deferred) {
            String id = component.get("componentId").asText();
            assertThat(component.get("name").asText()).isEqualTo(names.get(id));
            assertThat(component.get("start").isNull()).isTrue();
            assertThat(component.get("reasons")).as(id).isNotEmpty()
                    .allSatisfy(reason -> assertThat(reason.get("text").asText()).isNotBlank());
            JsonNode fix = component.get("fix");
            assertThat(fix.get("kind").asText()).as(id).isIn("FITS", "BUDGET", "CAPACITY", "DEFER", "PREDECESSOR",
                    "NONE");
            assertThat(fix.get("summary").asText()).as(id).isNotBlank();
            assertThat(fix.get("start").isNull()).isEqualTo(fix.get("kind").asText().equals("NONE"));
        }
    }

    @Test
    void textsAreVietnameseByDefaultWithThePlanNamesAndVietnameseNumbers() throws Exception {
        Answer answer = explanation("/api/plans/" + planId + "/roadmap/explanation", null);

        assertThat(answer.contentLanguage()).isEqualTo("vi");
        assertThat(answer.vary()).contains("Accept-Language");
        JsonNode budget = firstReason(answer.body(), "BUDGET");
        assertThat(budget.get("text").asText()).isEqualTo("Nếu bắt đầu " + budget.get("start").asText() + " — "
                + names.get(budget.get("fundingSource").asText()) + place(budget, ", ") + ": cần "
                + vi(budget.get("need")) + " triệu đồng, trần " + vi(budget.get("cap")) + " triệu đồng (vượt "
                + vi(budget.get("excess")) + ")");
        JsonNode capacity = firstReason(answer.body(), "CAPACITY");
        assertThat(capacity.get("text").asText()).isEqualTo("Nếu bắt đầu " + capacity.get("start").asText()
                + " — Cán bộ triển khai " + capacity.get("period").asText() + ": cần " + vi(capacity.get("need"))
                + " người, tối đa " + vi(capacity.get("cap")) + " người (vượt " + vi(capacity.get("excess")) + ")");
        for (JsonNode component : deferred(answer.body())) {
            JsonNode fix = component.get("fix");
            String summary = fix.get("summary").asText();
            assertThat(summary).contains(component.get("name").asText());
            if (fix.get("kind").asText().equals("BUDGET")) {
                assertThat(summary).startsWith("Tăng trần ");
                fix.get("budgetIncreases").forEach(increase -> assertThat(summary)
                        .contains(names.get(increase.get("fundingSource").asText()))
                        .contains(" thêm " + vi(increase.get("amount")) + " triệu đồng"));
                assertThat(summary).contains(" để đưa " + component.get("name").asText() + " vào từ "
                        + fix.get("start").asText());
            }
        }
    }

    @Test
    void textsAreEnglishWhenAskedForAndTheFiguresStayTheSame() throws Exception {
        Answer vietnamese = explanation("/api/plans/" + planId + "/roadmap/explanation", "vi");
        Answer english = explanation("/api/plans/" + planId + "/roadmap/explanation", "en-GB,en;q=0.9,vi;q=0.5");

        assertThat(english.contentLanguage()).isEqualTo("en");
        JsonNode budget = firstReason(english.body(), "BUDGET");
        assertThat(budget.get("text").asText()).isEqualTo("If it starts in " + budget.get("start").asText() + " — "
                + names.get(budget.get("fundingSource").asText()) + place(budget, ", ") + ": needs "
                + en(budget.get("need")) + " million VND, cap " + en(budget.get("cap")) + " million VND ("
                + en(budget.get("excess")) + " over)");
        for (JsonNode component : deferred(english.body())) {
            String summary = component.get("fix").get("summary").asText();
            assertThat(summary).contains(component.get("name").asText());
            assertThat(summary).startsWith(switch (component.get("fix").get("kind").asText()) {
                case "BUDGET", "CAPACITY" -> "Raise ";
                case "DEFER" -> "Defer ";
                case "PREDECESSOR" -> "First schedule ";
                case "FITS" -> "Nothing needs to change";
                default -> "Nothing brings ";
            });
        }
        assertThat(withoutTexts(english.body())).isEqualTo(withoutTexts(vietnamese.body()));
        assertThat(english.body().toString()).isNotEqualTo(vietnamese.body().toString());
    }

    @Test
    void anotherLanguageIsAnsweredInVietnamese() throws Exception {
        Answer french = explanation("/api/plans/" + planId + "/roadmap/explanation", "fr-FR,fr;q=0.9");

        assertThat(french.contentLanguage()).isEqualTo("vi");
        assertThat(french.body()).isEqualTo(explanation("/api/plans/" + planId + "/roadmap/explanation", null)
                .body());
    }

    @Test
    void theJobsExplanationIsThePlansForItsLatestJob() throws Exception {
        for (String language : List.of("vi", "en")) {
            assertThat(explanation("/api/solves/" + jobId + "/explanation", language).body())
                    .isEqualTo(explanation("/api/plans/" + planId + "/roadmap/explanation", language).body());
        }
    }

    @Test
    void aNewSolveIsExplainedInsteadOfTheCachedOne() throws Exception {
        String plan = api.createPlan(SAMPLE);
        String first = api.startSolve(plan, "{\"timeLimitSeconds\": 1}");
        api.awaitJob(first, PATIENCE, "COMPLETED");
        assertThat(explanation("/api/plans/" + plan + "/roadmap/explanation", null).body().get("jobId").asText())
                .isEqualTo(first);

        String second = api.startSolve(plan, "{\"timeLimitSeconds\": 1}");
        api.awaitJob(second, PATIENCE, "COMPLETED");

        assertThat(explanation("/api/plans/" + plan + "/roadmap/explanation", null).body().get("jobId").asText())
                .isEqualTo(second);
        assertThat(explanation("/api/solves/" + first + "/explanation", null).body().get("jobId").asText())
                .isEqualTo(first);
    }

    @Test
    void unknownPlansAndJobsAndPlansNeverSolvedAreNotFound() {
        String neverSolved = api.createPlan(SAMPLE);

        assertNotFound("/api/plans/no-such-plan/roadmap/explanation", "no-such-plan");
        assertNotFound("/api/solves/no-such-job/explanation", "no-such-job");
        assertNotFound("/api/plans/" + neverSolved + "/roadmap/explanation", "chưa có lộ trình");
    }

    @Test
    void aDeletedPlansExplanationsAreGone() throws Exception {
        String plan = api.createPlan(SAMPLE);
        String job = api.startSolve(plan, "{\"timeLimitSeconds\": 1}");
        api.awaitJob(job, PATIENCE, "COMPLETED");
        assertThat(explanation("/api/plans/" + plan + "/roadmap/explanation", null).status()).isEqualTo(200);

        api.delete("/api/plans/" + plan);

        assertNotFound("/api/plans/" + plan + "/roadmap/explanation", plan);
        assertNotFound("/api/solves/" + job + "/explanation", job);
    }

    private void assertNotFound(String path, String detail) {
        var answer = api.get(path);
        assertThat(answer.getStatusCode().value()).as(path).isEqualTo(404);
        assertThat(answer.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(json(answer.getBody()).get("detail").asText()).contains(detail);
    }

    /** A GET answered with its status, body and language headers. */
    private record Answer(int status, JsonNode body, String contentLanguage, List<String> vary) {
    }

    private Answer explanation(String path, String acceptLanguage) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        List<String> vary = new ArrayList<>();
        answer.headers().allValues("Vary").forEach(value -> vary.addAll(List.of(value.split(",\\s*"))));
        return new Answer(answer.statusCode(), json(answer.body()),
                answer.headers().firstValue("Content-Language").orElse(null), vary);
    }

    private static List<JsonNode> deferred(JsonNode explanation) {
        return StreamSupport.stream(explanation.get("components").spliterator(), false)
                .filter(component -> component.get("deferred").asBoolean()).toList();
    }

    private static JsonNode firstReason(JsonNode explanation, String kind) {
        return StreamSupport.stream(explanation.get("components").spliterator(), false)
                .flatMap(component -> StreamSupport.stream(component.get("reasons").spliterator(), false))
                .filter(reason -> reason.get("kind").asText().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " reason"));
    }

    /** A period budget's period after a space, a phase budget's phase name after {@code phaseSeparator}. */
    private String place(JsonNode cap, String phaseSeparator) {
        return cap.get("phase").isNull() ? " " + cap.get("period").asText()
                : phaseSeparator + names.get(cap.get("phase").asText());
    }

    /** The explanation with every text taken out: what is left does not depend on the language. */
    private static JsonNode withoutTexts(JsonNode explanation) {
        JsonNode copy = explanation.deepCopy();
        copy.get("components").forEach(component -> {
            component.get("reasons").forEach(reason -> ((com.fasterxml.jackson.databind.node.ObjectNode) reason)
                    .remove("text"));
            JsonNode fix = component.get("fix");
            if (fix != null && !fix.isNull()) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) fix).remove("summary");
                if (!fix.get("reason").isNull()) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) fix.get("reason")).remove("text");
                }
            }
        });
        return copy;
    }

    private static String vi(JsonNode number) {
        return written(number, '.', ',');
    }

    private static String en(JsonNode number) {
        return written(number, ',', '.');
    }

    /** The number with thousands grouped and up to three decimals, by {@link DecimalFormat} with these symbols. */
    private static String written(JsonNode number, char grouping, char decimal) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator(grouping);
        symbols.setDecimalSeparator(decimal);
        symbols.setMinusSign('-');
        BigDecimal value = number.decimalValue();
        return new DecimalFormat("#,##0.###", symbols).format(value);
    }
}
