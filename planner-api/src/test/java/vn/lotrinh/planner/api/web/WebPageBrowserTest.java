package vn.lotrinh.planner.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.api.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.api.ApiTest;

/**
 * The web page in a real headless Chromium against the service: the sample plan opened, solved, its timeline, money,
 * a scenario and a frontier, in Vietnamese and English; the browser's console stays free of errors throughout.
 */
@ApiTest
@Tag("browser")
class WebPageBrowserTest {

    private static final String SAMPLE = new String(ApiClient.data("vinh-phuc-egov-2.0.json"), StandardCharsets.UTF_8);
    private static final String SAMPLE_NAME = "Kiến trúc Chính quyền điện tử tỉnh Vĩnh Phúc 2.0";
    private static BrowserSession browser;

    @Autowired
    ApiClient api;

    @LocalServerPort
    int port;

    private String planId;

    @BeforeEach
    void openTheSamplePlan() {
        if (browser == null) {
            browser = new BrowserSession(port);
        }
        planId = api.createPlan(SAMPLE);
        browser.openFresh("plans");
    }

    @AfterEach
    void consoleStayedFreeOfErrors() {
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void opensInVietnameseListsTheSampleAndRemembersTheSwitchToEnglish() {
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("vi");
        assertThat(browser.await(By.id("nav-plans")).getText()).isEqualTo("Kế hoạch");
        assertThat(planRow().getText()).contains(SAMPLE_NAME);
        browser.screenshot("plans-vi");

        browser.await(By.id("language-switch")).click();
        browser.awaitText(By.id("nav-plans"), "Plans");
        browser.reload();
        browser.awaitView("plans");

        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("en");
        assertThat(browser.await(By.id("nav-timeline")).getText()).isEqualTo("Roadmap");
        assertThat(planRow().getText()).contains(SAMPLE_NAME).contains("Open");
    }

    @Test
    void writesMoneyAsFinanceStaffDoInBothLanguages() {
        String check = "const done = arguments[arguments.length - 1];"
                + "import('/js/money.js').then((m) => { const vnd = m.moneyOf('VND', 1000000);"
                + "done([vnd.exact(12345.6), vnd.compact(303350), vnd.compact(56000), vnd.exact(-1250000),"
                + " m.moneyOf('VND', 500000).exact(3), m.number(0.5)]); });";
        assertThat(browser.driver().executeAsyncScript(check)).isEqualTo(List.of("12.345,6 triệu đồng",
                "303,4 tỷ đồng", "56.000 triệu đồng", "-1.250.000 triệu đồng", "1.500 nghìn đồng", "0,5"));

        browser.await(By.id("language-switch")).click();
        browser.awaitText(By.id("nav-plans"), "Plans");
        assertThat(browser.driver().executeAsyncScript(check)).isEqualTo(List.of("12,345.6 million VND",
                "303.4 billion VND", "56,000 million VND", "-1,250,000 million VND", "1,500 thousand VND", "0.5"));
    }

    @Test
    void listsTheErrorsOfABadCsvByRowAndColumn(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("bad.csv");
        Files.writeString(file, "id,name,duration\nA,Alpha,x\n");

        browser.await(By.id("import-file")).sendKeys(file.toString());
        browser.await(By.cssSelector("#import-form button[type=submit]")).click();

        WebElement errors = browser.await(By.cssSelector("#import-errors .errors li"));
        assertThat(errors.getText()).contains("hàng 2, cột duration").contains("không phải là số nguyên");
        assertThat(browser.await(By.cssSelector("#import-errors .notice")).getText()).contains("bad.csv");
        browser.script("arguments[0].scrollIntoView({block: 'center'})", errors);
        browser.screenshot("import-errors");
        // The refused import is the one failed request, as it should be.
        assertThat(browser.consoleErrors()).singleElement().asString().contains("/api/plans/import").contains("400");
    }

    @Test
    void solvesThePlanAndShowsItsTimelineDeferredListMoneyAndPrintLayout() {
        planRow().findElement(By.cssSelector("button.open")).click();
        browser.awaitView("timeline");
        WebElement limit = browser.await(By.id("solve-time-limit"));
        limit.clear();
        limit.sendKeys("3");
        browser.await(By.cssSelector("#solve-form button[type=submit]")).click();
        browser.await(By.id("timeline-chart"));
        browser.awaitView("timeline");

        JsonNode roadmap = ApiClient.json(api.get("/api/plans/" + planId + "/roadmap").getBody());
        long deferred = count(roadmap.get("assignments"), true);
        long scheduled = roadmap.get("assignments").size() - deferred;
        assertThat(browser.chartItems("timeline-chart", 0)).isEqualTo(scheduled);
        assertThat(browser.driver().findElements(By.cssSelector(".scheduled-row"))).hasSize((int) scheduled);
        assertThat(browser.await(By.id("kpi-scheduled")).getText()).isEqualTo(String.valueOf(scheduled));
        String optimality = browser.await(By.id("kpi-optimality")).getText();
        switch (roadmap.at("/optimality/status").asText()) {
            case "OPTIMAL" -> assertThat(optimality).isEqualTo("Tối ưu (đã chứng minh)");
            case "FEASIBLE" -> assertThat(optimality).startsWith("Khả thi, chưa chứng minh tối ưu · cách tối ưu nhiều"
                    + " nhất ").endsWith(" %");
            default -> assertThat(optimality).isEqualTo("Chưa chứng minh tối ưu");
        }
        List<WebElement> deferredItems = browser.driver().findElements(By.cssSelector("#deferred-list > li"));
        assertThat(deferredItems).hasSize((int) deferred).isNotEmpty();
        for (WebElement item : deferredItems) {
            assertThat(item.findElement(By.cssSelector(".reasons li")).getText()).isNotBlank();
            assertThat(item.findElement(By.cssSelector(".fix")).getText()).startsWith("Cách khắc phục");
        }
        browser.screenshot("timeline");

        browser.script("document.querySelector('details.fallback').open = true;");
        browser.await(By.cssSelector(".scheduled-row button.link")).click();
        assertThat(browser.await(By.id("component-card")).getText()).contains("Vốn đầu tư").contains("Nguồn vốn");

        browser.emulatePrint(true);
        assertThat(browser.script("return getComputedStyle(document.getElementById('views-nav')).display"))
                .isEqualTo("none");
        assertThat(browser.await(By.id("print-header")).getText()).contains("Báo cáo lộ trình").contains(SAMPLE_NAME);
        browser.screenshot("timeline-print");
        browser.emulatePrint(false);

        browser.await(By.id("nav-money")).click();
        browser.awaitView("money");
        long periods = ApiClient.json(SAMPLE).get("calendar").get("periods").asLong();
        assertThat(browser.chartItems("money-chart", 0)).isEqualTo(periods);
        assertThat(browser.await(By.id("money-totals")).getText()).contains("tỷ đồng");
        browser.screenshot("money");
    }

    @Test
    void createsAScenarioFromTheSlidersSolvesItAndComparesIt() {
        solveByApi();
        planRow().findElement(By.cssSelector("button.open")).click();
        browser.awaitView("timeline");
        browser.await(By.id("nav-scenarios")).click();
        browser.awaitView("scenarios");

        WebElement slider = browser.await(By.id("slider-NSDP_DTC"));
        for (int step = 0; step < 4; step++) {
            slider.sendKeys(Keys.ARROW_LEFT);
        }
        assertThat(slider.getAttribute("data-percent")).isEqualTo("-20");
        browser.await(By.cssSelector("#scenario-form button[type=submit]")).click();
        WebElement limit = browser.await(By.id("scenario-solve-time-limit"));
        limit.clear();
        limit.sendKeys("3");
        browser.await(By.cssSelector("#scenario-solve-form button[type=submit]")).click();
        browser.await(By.id("comparison"));

        JsonNode scenarios = ApiClient.json(api.get("/api/plans/" + planId + "/scenarios").getBody());
        assertThat(scenarios.get(0).get("recipe").get("budgetChanges").get(0).get("scale").asDouble()).isEqualTo(0.8);
        JsonNode comparison = ApiClient.json(api.get("/api/plans/" + planId + "/compare/"
                + scenarios.get(0).get("id").asText()).getBody());
        int changed = comparison.get("moved").size() + comparison.get("newlyDeferred").size()
                + comparison.get("newlyScheduled").size();
        assertThat(browser.driver().findElements(By.cssSelector("#comparison .change-row"))).hasSize(changed);
        assertThat(browser.await(By.id("compare-difference")).getText())
                .isEqualTo(vietnamese(comparison.get("difference").asLong()));
        browser.screenshot("scenario-comparison");
    }

    @Test
    void runsASmallFrontierAndShowsItsPoints() {
        solveByApi();
        planRow().findElement(By.cssSelector("button.open")).click();
        browser.awaitView("timeline");
        browser.await(By.id("nav-frontier")).click();
        browser.awaitView("frontier");
        type("frontier-from", "80");
        type("frontier-to", "100");
        type("frontier-step", "20");
        type("frontier-seconds", "1");
        browser.await(By.cssSelector("#frontier-form button[type=submit]")).click();

        browser.awaitPresent(By.cssSelector("#view-frontier .job-status[data-status='COMPLETED']"));
        assertThat(browser.driver().findElements(By.cssSelector(".frontier-point"))).hasSize(2);
        assertThat(browser.chartItems("frontier-chart", 0)).isEqualTo(2);
        browser.driver().findElements(By.cssSelector(".frontier-point button")).get(1).click();
        assertThat(browser.chartItems("frontier-roadmap-chart", 0)).isPositive();
        browser.screenshot("frontier");
    }

    @Test
    void showsAPlansCriteriaWeightsWithTheirConsistencyAndTheRanking() {
        String prioritiesId = api.createPlan(new String(ApiClient.data("sample-priorities.json"),
                StandardCharsets.UTF_8));
        api.awaitJob(api.startSolve(prioritiesId, "{\"timeLimitSeconds\": 2}"), Duration.ofSeconds(60), "COMPLETED");
        browser.openFresh("plans");
        browser.await(By.cssSelector("tr[data-plan='" + prioritiesId + "'] button.open")).click();
        browser.awaitView("timeline");
        browser.await(By.id("nav-priorities")).click();
        browser.awaitView("priorities");

        JsonNode report = json(api.get("/api/plans/" + prioritiesId + "/priorities").getBody());
        assertThat(browser.chartItems("priorities-weights", 0)).isEqualTo(report.get("criteria").size());
        assertThat(browser.await(By.id("priorities-consistency")).getText()).startsWith("Tỷ số nhất quán CR = ")
                .contains("nhất quán (CR ≤ 0,1)");
        assertThat(browser.driver().findElements(By.cssSelector("#view-priorities tr[data-component]")))
                .hasSize(report.get("components").size());
        String first = report.get("components").get(0).get("componentId").asText();
        assertThat(browser.await(By.cssSelector("tr[data-component='" + first + "'] td")).getText()).isEqualTo("1");
        browser.screenshot("priorities");
    }

    private WebElement planRow() {
        return browser.await(By.cssSelector("tr[data-plan='" + planId + "']"));
    }

    private void type(String id, String value) {
        WebElement input = browser.await(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private void solveByApi() {
        String jobId = api.startSolve(planId, "{\"timeLimitSeconds\": 3}");
        api.awaitJob(jobId, Duration.ofSeconds(60), "COMPLETED");
    }

    private static long count(JsonNode assignments, boolean deferred) {
        long count = 0;
        for (JsonNode assignment : assignments) {
            if (assignment.get("deferred").asBoolean() == deferred) {
                count++;
            }
        }
        return count;
    }

    private static String vietnamese(long value) {
        String digits = String.valueOf(Math.abs(value)).replaceAll("\\B(?=(\\d{3})+(?!\\d))", ".");
        return (value < 0 ? "-" : "") + digits;
    }
}
