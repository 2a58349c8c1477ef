package vn.lotrinh.planner.core.projection;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import vn.lotrinh.planner.core.plan.Layer;
import vn.lotrinh.planner.core.plan.PeriodUnit;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.PlanCalendar;
import vn.lotrinh.planner.core.plan.read.PlanReader;

/**
 * A generated plan of the size the projection must handle fast, and a schedule of every component: monthly periods
 * from 2026-01, three funding sources, a phase per year, period and phase caps, PERT ranges on every capex, costs
 * split between two sources for two components in five. The same seed gives the same plan.
 */
final class BenchmarkPlans {

    private static final String[] SOURCES = {"NS_TINH", "NS_TW", "ODA"};

    private final Plan plan;
    private final Map<String, Integer> starts;

    private BenchmarkPlans(Plan plan, Map<String, Integer> starts) {
        this.plan = plan;
        this.starts = starts;
    }

    static BenchmarkPlans generate(int components, int periods, long seed) {
        Random random = new Random(seed);
        PlanCalendar calendar = PlanCalendar.of(PeriodUnit.MONTH, "2026-01", periods).orElseThrow();
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode doc = json.objectNode();
        doc.put("format", "roadmap-plan/1");
        doc.put("name", components + " hạng mục × " + periods + " tháng");
        doc.putObject("calendar").put("periodUnit", "MONTH").put("start", "2026-01").put("periods", periods);
        ArrayNode phases = doc.putArray("phases");
        for (int first = 0; first < periods; first += 12) {
            phases.addObject().put("id", "GD" + (first / 12 + 1)).put("name", "Năm " + (int) calendar.startYear(first))
                    .put("firstPeriod", calendar.label(first))
                    .put("lastPeriod", calendar.label(Math.min(first + 11, periods - 1)));
        }
        ArrayNode sources = doc.putArray("fundingSources");
        for (String source : SOURCES) {
            sources.addObject().put("id", source).put("name", "Nguồn " + source);
        }
        ArrayNode budgets = doc.putArray("budgets");
        for (int t = 0; t < periods; t++) {
            for (String source : SOURCES) {
                budgets.addObject().put("fundingSource", source).put("period", calendar.label(t))
                        .put("amount", 20_000 * components / 100);
            }
        }
        for (int p = 0; p < phases.size(); p++) {
            budgets.addObject().put("fundingSource", SOURCES[p % SOURCES.length])
                    .put("phase", phases.get(p).get("id").asText()).put("amount", 150_000 * components / 100);
        }
        doc.putObject("economics").put("baseYear", 2026).put("inflationRate", 0.04).put("discountRate", 0.07)
                .put("estimateDistribution", "PERT").put("costCorrelation", 0.3);
        ArrayNode list = doc.putArray("components");
        Map<String, Integer> starts = new HashMap<>();
        Layer[] layers = Layer.values();
        for (int i = 0; i < components; i++) {
            String id = "HM" + i;
            int duration = 1 + random.nextInt(12);
            double likely = 500 + random.nextInt(19_500);
            ObjectNode component = list.addObject().put("id", id).put("name", "Hạng mục " + i)
                    .put("layer", layers[i % layers.length].name()).put("duration", duration)
                    .put("opexPerPeriod", amount(likely * 0.01));
            component.putObject("capex")
                    .put("low", amount(likely * (0.6 + 0.35 * random.nextDouble())))
                    .put("likely", amount(likely))
                    .put("high", amount(likely * (1.1 + 1.4 * random.nextDouble())));
            ObjectNode funding = component.putObject("funding");
            int source = random.nextInt(SOURCES.length);
            if (random.nextInt(5) < 2) {
                funding.put(SOURCES[source], 0.3).put(SOURCES[(source + 1) % SOURCES.length], 0.7);
            } else {
                funding.put(SOURCES[source], 1.0);
            }
            starts.put(id, random.nextInt(periods - duration + 1));
        }
        return new BenchmarkPlans(new PlanReader().read(doc), starts);
    }

    private static BigDecimal amount(double units) {
        return BigDecimal.valueOf(Math.round(units * 1000), 3);
    }

    Plan plan() {
        return plan;
    }

    Map<String, Integer> starts() {
        return starts;
    }
}
