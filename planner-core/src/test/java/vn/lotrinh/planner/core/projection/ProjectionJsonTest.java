package vn.lotrinh.planner.core.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.TestFiles;

/**
 * The JSON field names and their order, as the API's projection contract has them: the risk figures stand in line
 * with the amount they belong to, not in an object of their own.
 */
class ProjectionJsonTest {

    private static JsonNode json;

    @BeforeAll
    static void writeTheExampleProjection() {
        Map<String, Integer> starts = new HashMap<>(Map.of("TTDL", 0, "LGSP", 2, "SOC", 2, "MCDT", 3, "KDL", 3));
        Projection projection = new CostProjector().project(TestFiles.examplePlan(), starts,
                new ProjectionSettings(100, 42L));
        json = new ObjectMapper().valueToTree(projection);
    }

    @Test
    void periodHasItsRiskFiguresBetweenLayersAndCumulativeFigures() {
        assertThat(fieldNames(json.get("periods").get(0))).containsExactly("period", "phase", "capex", "opex",
                "total", "nominal", "presentValue", "byFundingSource", "byLayer", "p10", "p50", "p80", "p90", "mean",
                "contingency", "cumulativeTotal", "cumulativeNominal", "cumulativePresentValue");
    }

    @Test
    void phaseEndsWithItsRiskFigures() {
        assertThat(fieldNames(json.get("phases").get(0))).containsExactly("phase", "name", "firstPeriod",
                "lastPeriod", "capex", "opex", "total", "nominal", "presentValue", "byFundingSource", "byLayer", "p10",
                "p50", "p80", "p90", "mean", "contingency");
    }

    @Test
    void totalsHaveTheirRiskFiguresBeforeFundingSourcesAndLayers() {
        assertThat(fieldNames(json.get("totals"))).containsExactly("capex", "opex", "total", "nominal",
                "presentValue", "p10", "p50", "p80", "p90", "mean", "contingency", "byFundingSource", "byLayer");
    }

    @Test
    void fundingSourceOfAPeriodHasItsRiskFiguresBeforeTheChanceOfOverrun() {
        assertThat(fieldNames(json.get("periods").get(0).get("byFundingSource").get("NS_TINH"))).containsExactly(
                "spend", "budget", "headroom", "capped", "p10", "p50", "p80", "p90", "mean", "contingency",
                "probOverBudget");
    }

    @Test
    void fundingSourceOverTheHorizonIsItsSpendAndRiskFigures() {
        assertThat(fieldNames(json.get("totals").get("byFundingSource").get("NS_TINH"))).containsExactly("spend",
                "p10", "p50", "p80", "p90", "mean", "contingency");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
