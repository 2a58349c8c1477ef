package vn.lotrinh.planner.core.projection;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;

/** Small yearly plans for projection tests: two funding sources, phase GD covering every period. */
final class TestPlans {

    private TestPlans() {
    }

    /**
     * A plan of {@code periods} years from 2030, funding sources {@code NS_TINH} and {@code NS_TW}.
     *
     * @param economics the {@code economics} object's members, e.g. {@code "costCorrelation": 0.5}
     * @param budgets the {@code budgets} array's elements
     * @param components the {@code components} array's elements
     */
    static Plan yearly(int periods, String economics, String budgets, String... components) {
        String json = """
                {"format": "roadmap-plan/1", "name": "Kế hoạch thử",
                 "calendar": {"periodUnit": "YEAR", "start": "2030", "periods": %d},
                 "phases": [{"id": "GD", "name": "Giai đoạn", "firstPeriod": "2030", "lastPeriod": "%d"}],
                 "fundingSources": [{"id": "NS_TINH", "name": "Ngân sách tỉnh"},
                                    {"id": "NS_TW", "name": "Ngân sách trung ương"}],
                 "budgets": [%s],
                 "economics": {%s},
                 "components": [%s]}
                """.formatted(periods, 2030 + periods - 1, budgets, economics, String.join(",", components));
        return new PlanReader().read(json);
    }

    /** Every component of the plan starting in period 0. */
    static Map<String, Integer> allAtStart(Plan plan) {
        return plan.components().stream().collect(Collectors.toMap(Component::id, c -> 0));
    }

    /** Components with a three-point capex {@code "low, likely, high"}, no opex, one period long: C0, C1, … */
    static String[] ranges(String... lowLikelyHigh) {
        return IntStream.range(0, lowLikelyHigh.length).mapToObj(i -> {
            String[] parts = lowLikelyHigh[i].split(",");
            return """
                    {"id": "C%d", "name": "Hạng mục %d", "duration": 1,
                     "capex": {"low": %s, "likely": %s, "high": %s}}
                    """.formatted(i, i, parts[0].trim(), parts[1].trim(), parts[2].trim());
        }).toArray(String[]::new);
    }
}
