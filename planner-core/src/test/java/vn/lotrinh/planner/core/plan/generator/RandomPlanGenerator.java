package vn.lotrinh.planner.core.plan.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.EstimateDistribution;
import vn.lotrinh.planner.core.plan.Layer;
import vn.lotrinh.planner.core.plan.PeriodUnit;
import vn.lotrinh.planner.core.plan.Phase;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.PlanCalendar;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.plan.Priority;

/**
 * Builds random {@code roadmap-plan/1} documents of any size for tests and benchmarks, deterministic for a seed.
 *
 * <p>Every {@code MUST} component fits by construction. The generator first draws a witness schedule of the
 * {@code MUST} components alone: in index order (dependencies point only to earlier components, and a {@code MUST}
 * component depends only on {@code MUST} components), each starts after its predecessors have finished plus their lag
 * and finishes inside the horizon; its window is drawn around that start and a pin, if any, is placed on it. Then
 * every budget and capacity is set to what the witness uses there plus a random headroom for the optional components.
 * Two {@code MUST} components never exclude each other.
 */
public final class RandomPlanGenerator {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private static final List<List<String>> FUNDING_SOURCES = List.of(
            List.of("NS_TINH", "Ngân sách tỉnh"),
            List.of("NS_TW", "Ngân sách trung ương"),
            List.of("ODA", "Vốn hỗ trợ phát triển chính thức (ODA)"),
            List.of("XHH", "Xã hội hóa"),
            List.of("NS_HUYEN", "Ngân sách huyện"),
            List.of("THUE_DV", "Thuê dịch vụ công nghệ thông tin"),
            List.of("CTMTQG", "Chương trình mục tiêu quốc gia"),
            List.of("DN", "Vốn doanh nghiệp"),
            List.of("QUY_KHCN", "Quỹ phát triển khoa học và công nghệ"),
            List.of("TAI_TRO", "Tài trợ quốc tế"));
    private static final List<List<String>> RESOURCES = List.of(
            List.of("STAFF", "Cán bộ triển khai", "người"),
            List.of("VENDOR", "Nhà thầu triển khai", "đội"),
            List.of("EXPERT", "Chuyên gia tư vấn", "người"),
            List.of("TRAINER", "Giảng viên đào tạo", "người"),
            List.of("DIGITISER", "Nhân lực số hóa", "người"));

    /** Predecessors are drawn among this many latest eligible components, which keeps chains local. */
    private static final int DEPENDENCY_REACH = 50;
    private static final int MAX_DEPENDENCIES = 4;
    private static final double DEMAND_SHARE = 0.8;
    private static final double LOG_MIN_CAPEX = Math.log(50);
    private static final double LOG_MAX_CAPEX = Math.log(50_000);

    private final GeneratorSettings settings;

    public RandomPlanGenerator(GeneratorSettings settings) {
        this.settings = settings;
    }

    /** A plan drawn from this seed: the same seed and settings always give an equal document. */
    public GeneratedPlan generate(long seed) {
        return new Draft(settings, seed).build();
    }

    /** The state of one generation. */
    private static final class Draft {

        private final GeneratorSettings settings;
        private final long seed;
        private final SplittableRandom random;
        private final int horizon;
        private final int count;
        private final Priority[] priority;
        private final int[] duration;
        private final List<List<int[]>> dependencies = new ArrayList<>();
        private final int[] witnessStart;
        private final Map<Integer, Integer> witness = new LinkedHashMap<>();
        private final Integer[] earliestStart;
        private final Integer[] latestFinish;
        private final boolean[] pinned;
        /**
         * The earliest start that a component's own bound (pin, else earliest start) and its predecessors' earliest
         * finishes plus lags allow: a window never asks a component to finish before that.
         */
        private final int[] earliestPossibleStart;
        private final List<Set<Integer>> excludes = new ArrayList<>();
        private PlanCalendar calendar;

        Draft(GeneratorSettings settings, long seed) {
            this.settings = settings;
            this.seed = seed;
            this.random = new SplittableRandom(seed);
            this.horizon = settings.periods();
            this.count = settings.components();
            this.priority = new Priority[count];
            this.duration = new int[count];
            this.witnessStart = new int[count];
            this.earliestStart = new Integer[count];
            this.latestFinish = new Integer[count];
            this.pinned = new boolean[count];
            this.earliestPossibleStart = new int[count];
        }

        GeneratedPlan build() {
            calendar = drawCalendar();
            drawStructure();
            drawExclusions();
            ObjectNode uncapped = documentWithoutCaps();
            // Reading the document back measures the witness's spending exactly as every consumer of the plan will.
            Plan plan = new PlanReader().read(uncapped);
            WitnessLoad load = WitnessLoad.of(plan, witness);
            ObjectNode document = withCaps(uncapped, budgets(plan, load), capacities(plan, load));
            Map<String, Integer> starts = new LinkedHashMap<>();
            witness.forEach((index, start) -> starts.put(id(index), start));
            return new GeneratedPlan(document, starts);
        }

        private PlanCalendar drawCalendar() {
            PeriodUnit unit = settings.periodUnit();
            int year = 2018 + random.nextInt(10);
            String start = switch (unit) {
                case YEAR -> Integer.toString(year);
                case QUARTER -> year + "-Q" + (1 + random.nextInt(4));
                case MONTH -> String.format("%d-%02d", year, 1 + random.nextInt(12));
            };
            return PlanCalendar.of(unit, start, horizon).orElseThrow();
        }

        private void drawStructure() {
            List<Integer> mustIndexes = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                priority[i] = drawPriority();
                duration[i] = 1 + random.nextInt(Math.min(settings.maxDurationPeriods(), horizon));
                boolean must = priority[i] == Priority.MUST;
                List<int[]> predecessors = must
                        ? drawPredecessors(mustIndexes.subList(Math.max(0, mustIndexes.size() - DEPENDENCY_REACH),
                                mustIndexes.size()))
                        : drawPredecessors(range(Math.max(0, i - DEPENDENCY_REACH), i));
                if (must) {
                    int latestStart = horizon - duration[i];
                    predecessors.removeIf(p -> witnessStart[p[0]] + duration[p[0]] + p[1] > latestStart);
                    int ready = 0;
                    for (int[] p : predecessors) {
                        ready = Math.max(ready, witnessStart[p[0]] + duration[p[0]] + p[1]);
                    }
                    // Skewed towards early starts, so that later chains still find room.
                    double u = random.nextDouble();
                    witnessStart[i] = ready + (int) (u * u * (latestStart - ready + 1));
                    witness.put(i, witnessStart[i]);
                    mustIndexes.add(i);
                    pinned[i] = random.nextDouble() < settings.pinShare();
                }
                dependencies.add(predecessors);
                excludes.add(new LinkedHashSet<>());
                int ready = 0;
                for (int[] p : predecessors) {
                    ready = Math.max(ready, earliestPossibleStart[p[0]] + duration[p[0]] + p[1]);
                }
                if (random.nextDouble() < settings.windowShare()) {
                    drawWindow(i, ready);
                }
                int ownBound = earliestStart[i] == null ? 0 : earliestStart[i];
                earliestPossibleStart[i] = pinned[i] ? witnessStart[i] : Math.max(ownBound, ready);
            }
        }

        private Priority drawPriority() {
            double u = random.nextDouble();
            if (u < settings.mustShare()) {
                return Priority.MUST;
            }
            return u < settings.mustShare() + settings.couldShare() ? Priority.COULD : Priority.SHOULD;
        }

        /** Distinct predecessors among the candidates, each as {index, lag}. */
        private List<int[]> drawPredecessors(List<Integer> candidates) {
            int wanted = Math.min(Math.min(poisson(settings.dependenciesPerComponent()), MAX_DEPENDENCIES),
                    candidates.size());
            Set<Integer> chosen = new LinkedHashSet<>();
            while (chosen.size() < wanted) {
                chosen.add(candidates.get(random.nextInt(candidates.size())));
            }
            List<int[]> predecessors = new ArrayList<>();
            for (int index : chosen) {
                int lag = random.nextDouble() < settings.lagShare() ? 1 + random.nextInt(settings.maxLagPeriods()) : 0;
                predecessors.add(new int[] {index, lag});
            }
            return predecessors;
        }

        /**
         * A window around the witness start for a MUST component. Otherwise a window that holds the duration, with a
         * latest finish only where the predecessors, starting as early as they can, still let the component meet it.
         */
        private void drawWindow(int i, int readyAfterPredecessors) {
            boolean must = priority[i] == Priority.MUST;
            int anchor = must ? witnessStart[i] : random.nextInt(horizon - duration[i] + 1);
            int kind = random.nextInt(3);
            if (kind != 1) {
                earliestStart[i] = must ? random.nextInt(anchor + 1) : anchor;
            }
            if (kind != 0) {
                int earliestFinish = must
                        ? anchor + duration[i] - 1
                        : Math.max(anchor, readyAfterPredecessors) + duration[i] - 1;
                if (earliestFinish < horizon) {
                    latestFinish[i] = earliestFinish + random.nextInt(horizon - earliestFinish);
                }
            }
        }

        /** Pairs of components that exclude each other: never two MUST components, never a direct dependency. */
        private void drawExclusions() {
            long attempts = Math.round(settings.exclusionShare() * count);
            Set<Long> pairs = new HashSet<>();
            for (long attempt = 0; attempt < attempts && count > 1; attempt++) {
                int a = random.nextInt(count);
                int b = random.nextInt(count);
                if (a == b || priority[a] == Priority.MUST && priority[b] == Priority.MUST
                        || dependsDirectly(a, b) || dependsDirectly(b, a)
                        || !pairs.add((long) Math.min(a, b) * count + Math.max(a, b))) {
                    continue;
                }
                excludes.get(a).add(b);
            }
        }

        private boolean dependsDirectly(int successor, int predecessor) {
            return dependencies.get(successor).stream().anyMatch(p -> p[0] == predecessor);
        }

        private ObjectNode documentWithoutCaps() {
            ObjectNode doc = NODES.objectNode();
            doc.put("format", "roadmap-plan/1");
            doc.put("name", "Kế hoạch thử nghiệm ngẫu nhiên số " + seed);
            doc.put("description", "Sinh ngẫu nhiên: " + count + " thành phần, " + horizon + " kỳ ("
                    + settings.periodUnit() + ").");
            doc.put("currency", "VND");
            doc.put("moneyUnit", 1_000_000);
            ObjectNode cal = doc.putObject("calendar");
            cal.put("periodUnit", settings.periodUnit().name());
            cal.put("start", calendar.label(0));
            cal.put("periods", horizon);
            if (settings.phases() > 0) {
                doc.set("phases", phases());
            }
            ArrayNode sources = doc.putArray("fundingSources");
            for (List<String> source : FUNDING_SOURCES.subList(0, settings.fundingSources())) {
                sources.addObject().put("id", source.get(0)).put("name", source.get(1));
            }
            if (settings.resources() > 0) {
                ArrayNode resources = doc.putArray("resources");
                for (List<String> resource : RESOURCES.subList(0, settings.resources())) {
                    resources.addObject().put("id", resource.get(0)).put("name", resource.get(1))
                            .put("unit", resource.get(2));
                }
            }
            ObjectNode economics = doc.putObject("economics");
            economics.put("baseYear", calendar.firstYear());
            economics.put("inflationRate", decimal(random.nextInt(81), 3));
            economics.put("discountRate", decimal(random.nextInt(121), 3));
            economics.put("opexInBudget", settings.opexInBudget());
            economics.put("estimateDistribution", random.nextBoolean()
                    ? EstimateDistribution.PERT.name() : EstimateDistribution.TRIANGULAR.name());
            economics.put("costCorrelation", decimal(random.nextInt(61), 2));
            ArrayNode components = doc.putArray("components");
            for (int i = 0; i < count; i++) {
                components.add(component(i));
            }
            return doc;
        }

        /** The horizon cut into consecutive phases at distinct random points. */
        private ArrayNode phases() {
            Set<Integer> cuts = new HashSet<>();
            while (cuts.size() < settings.phases() - 1) {
                cuts.add(1 + random.nextInt(horizon - 1));
            }
            ArrayNode phases = NODES.arrayNode();
            int first = 0;
            for (int p = 1; p <= settings.phases(); p++) {
                int last = first;
                while (last + 1 < horizon && !cuts.contains(last + 1)) {
                    last++;
                }
                phases.addObject()
                        .put("id", "GD" + p)
                        .put("name", "Giai đoạn " + calendar.label(first) + "–" + calendar.label(last))
                        .put("firstPeriod", calendar.label(first))
                        .put("lastPeriod", calendar.label(last));
                first = last + 1;
            }
            return phases;
        }

        private ObjectNode component(int i) {
            ObjectNode c = NODES.objectNode();
            c.put("id", id(i));
            c.put("name", VietnameseNames.draw(random));
            if (random.nextInt(10) > 0) {
                c.put("layer", Layer.values()[random.nextInt(Layer.values().length)].name());
            }
            if (priority[i] != Priority.SHOULD || random.nextInt(5) > 0) {
                c.put("priority", priority[i].name());
            }
            if (random.nextInt(20) > 0) {
                int[] range = switch (priority[i]) {
                    case MUST -> new int[] {80, 100};
                    case SHOULD -> new int[] {40, 70};
                    case COULD -> new int[] {10, 40};
                };
                c.put("value", range[0] + random.nextInt(range[1] - range[0] + 1));
            }
            c.put("duration", duration[i]);
            putCosts(c, i);
            putFunding(c);
            putDemand(c);
            putDependencies(c, i);
            if (!excludes.get(i).isEmpty()) {
                ArrayNode excluded = c.putArray("excludes");
                excludes.get(i).forEach(x -> excluded.add(id(x)));
            }
            if (earliestStart[i] != null) {
                c.put("earliestStart", calendar.label(earliestStart[i]));
            }
            if (latestFinish[i] != null) {
                c.put("latestFinish", calendar.label(latestFinish[i]));
            }
            if (pinned[i]) {
                c.put("pinnedStart", calendar.label(witnessStart[i]));
            }
            return c;
        }

        private void putCosts(ObjectNode c, int i) {
            long likelyMilli = drawAmountMilli();
            if (random.nextDouble() < settings.capexByPeriodShare()) {
                ArrayNode byPeriod = c.putArray("capexByPeriod");
                for (int k = 0; k < duration[i]; k++) {
                    byPeriod.add(units(roundToTenth(likelyMilli / duration[i] * (0.5 + random.nextDouble()))));
                }
            } else if (random.nextInt(50) > 0) {
                if (random.nextDouble() < settings.threePointShare()) {
                    ObjectNode capex = c.putObject("capex");
                    capex.put("low", units(roundToTenth(likelyMilli * (0.6 + 0.4 * random.nextDouble()))));
                    capex.put("likely", units(likelyMilli));
                    capex.put("high", units(roundToTenth(likelyMilli * (1.0 + 1.5 * random.nextDouble()))));
                } else {
                    c.put("capex", units(likelyMilli));
                }
                if (random.nextDouble() < settings.capexProfileShare()) {
                    c.set("capexProfile", profile(duration[i]));
                }
            }
            if (random.nextDouble() < settings.opexShare()) {
                long opexMilli = roundToTenth(likelyMilli * (0.03 + 0.12 * random.nextDouble()));
                c.put("opexPerPeriod", units(Math.max(100, opexMilli)));
            }
        }

        /** Log-uniform between 50 and 50,000 units, to a tenth of a unit. */
        private long drawAmountMilli() {
            double units = Math.exp(LOG_MIN_CAPEX + (LOG_MAX_CAPEX - LOG_MIN_CAPEX) * random.nextDouble());
            return roundToTenth(units * 1000);
        }

        /** Shares of integer weights 0–9 (one at least positive), as decimals that sum exactly to 1. */
        private ArrayNode profile(int periods) {
            int[] weights = new int[periods];
            int total = 0;
            for (int k = 0; k < periods; k++) {
                weights[k] = random.nextInt(10);
                total += weights[k];
            }
            if (total == 0) {
                weights[random.nextInt(periods)] = 1;
                total = 1;
            }
            BigDecimal[] shares = new BigDecimal[periods];
            BigDecimal assigned = BigDecimal.ZERO;
            int lastPositive = 0;
            for (int k = 0; k < periods; k++) {
                shares[k] = BigDecimal.valueOf(weights[k]).divide(BigDecimal.valueOf(total), 12, RoundingMode.DOWN);
                assigned = assigned.add(shares[k]);
                if (weights[k] > 0) {
                    lastPositive = k;
                }
            }
            shares[lastPositive] = shares[lastPositive].add(BigDecimal.ONE.subtract(assigned));
            ArrayNode profile = NODES.arrayNode();
            for (BigDecimal share : shares) {
                profile.add(share.signum() == 0 ? BigDecimal.ZERO : share.stripTrailingZeros());
            }
            return profile;
        }

        private void putFunding(ObjectNode c) {
            int sources = settings.fundingSources();
            if (sources > 1 && settings.eligibleFundingShare() > 0
                    && random.nextDouble() < settings.eligibleFundingShare()) {
                ArrayNode options = c.putArray("eligibleFunding");
                int first = random.nextInt(sources);
                int count = Math.min(sources, 2 + random.nextInt(2));
                for (int k = 0; k < count; k++) {
                    options.add(FUNDING_SOURCES.get((first + k) % sources).get(0));
                }
            } else if (sources > 1 && random.nextDouble() < settings.splitFundingShare()) {
                int first = random.nextInt(sources);
                int second = (first + 1 + random.nextInt(sources - 1)) % sources;
                int firstPercent = 5 * (1 + random.nextInt(19));
                c.putObject("funding")
                        .put(FUNDING_SOURCES.get(first).get(0), decimal(firstPercent, 2))
                        .put(FUNDING_SOURCES.get(second).get(0), decimal(100 - firstPercent, 2));
            } else if (random.nextInt(5) > 0) {
                c.putObject("funding").put(FUNDING_SOURCES.get(random.nextInt(sources)).get(0), 1);
            }
        }

        private void putDemand(ObjectNode c) {
            ObjectNode demand = NODES.objectNode();
            for (List<String> resource : RESOURCES.subList(0, settings.resources())) {
                if (random.nextDouble() < DEMAND_SHARE) {
                    demand.put(resource.get(0), decimal(5 * (1 + random.nextInt(10)), 1));
                }
            }
            if (!demand.isEmpty()) {
                c.set("demand", demand);
            }
        }

        private void putDependencies(ObjectNode c, int i) {
            if (dependencies.get(i).isEmpty()) {
                return;
            }
            ArrayNode dependsOn = c.putArray("dependsOn");
            for (int[] p : dependencies.get(i)) {
                if (p[1] > 0) {
                    dependsOn.addObject().put("id", id(p[0])).put("lag", p[1]);
                } else if (random.nextInt(10) == 0) {
                    dependsOn.addObject().put("id", id(p[0]));
                } else {
                    dependsOn.add(id(p[0]));
                }
            }
        }

        /**
         * Period budgets: the witness's spending of the source in the period plus up to {@code headroom} × the mean
         * spending per period of all components on that source. Phase budgets: the same summed over the phase.
         */
        private ArrayNode budgets(Plan plan, WitnessLoad load) {
            ArrayNode budgets = NODES.arrayNode();
            for (int f = 0; f < plan.fundingSources().size(); f++) {
                String source = plan.fundingSources().get(f).id();
                double meanMilli = meanSpendingMilli(plan, source);
                for (int t = 0; t < horizon; t++) {
                    if (random.nextDouble() < settings.periodBudgetShare()) {
                        long amount = load.spendingMilli(f, t) + headroomMilli(meanMilli);
                        budgets.addObject().put("fundingSource", source).put("period", calendar.label(t))
                                .put("amount", units(amount));
                    }
                }
                for (Phase phase : plan.phases()) {
                    if (random.nextDouble() < settings.phaseBudgetShare()) {
                        long amount = 0;
                        for (int t = phase.firstPeriod(); t <= phase.lastPeriod(); t++) {
                            amount += load.spendingMilli(f, t);
                        }
                        amount += headroomMilli(meanMilli * (phase.lastPeriod() - phase.firstPeriod() + 1));
                        budgets.addObject().put("fundingSource", source).put("phase", phase.id())
                                .put("amount", units(amount));
                    }
                }
            }
            return budgets;
        }

        /** What all components would spend from the source per period if each were built once inside the horizon. */
        private double meanSpendingMilli(Plan plan, String source) {
            double totalMilli = 0;
            for (Component component : plan.components()) {
                totalMilli += component.fundedMilli(source, component.capex().likelyMilli());
                if (plan.economics().opexInBudget()) {
                    int livePeriods = Math.max(0, horizon - component.durationPeriods()) / 2;
                    totalMilli += (double) component.fundedMilli(source, component.opexPerPeriodMilli()) * livePeriods;
                }
            }
            return totalMilli / horizon;
        }

        /**
         * A capacity for every period at the witness's peak demand plus headroom, and per-period overrides at the
         * witness's demand in that period plus headroom (which may be tighter than the general one).
         */
        private ArrayNode capacities(Plan plan, WitnessLoad load) {
            ArrayNode capacities = NODES.arrayNode();
            for (int r = 0; r < plan.resources().size(); r++) {
                String resource = plan.resources().get(r).id();
                double totalMilli = 0;
                for (Component component : plan.components()) {
                    totalMilli += (double) component.demandMilli().getOrDefault(resource, 0L)
                            * component.durationPeriods();
                }
                double meanMilli = totalMilli / horizon;
                long peakMilli = 0;
                for (int t = 0; t < horizon; t++) {
                    peakMilli = Math.max(peakMilli, load.demandMilli(r, t));
                }
                capacities.addObject().put("resource", resource)
                        .put("amount", units(peakMilli + headroomMilli(meanMilli)));
                for (int t = 0; t < horizon; t++) {
                    if (random.nextDouble() < settings.capacityOverrideShare()) {
                        capacities.addObject().put("resource", resource).put("period", calendar.label(t))
                                .put("amount", units(load.demandMilli(r, t) + headroomMilli(meanMilli)));
                    }
                }
            }
            return capacities;
        }

        private long headroomMilli(double meanMilli) {
            return (long) Math.floor(random.nextDouble() * settings.headroom() * meanMilli);
        }

        /** The document with budgets and capacities placed after the resources, as the format lists them. */
        private static ObjectNode withCaps(ObjectNode uncapped, ArrayNode budgets, ArrayNode capacities) {
            ObjectNode document = NODES.objectNode();
            for (Map.Entry<String, JsonNode> field : uncapped.properties()) {
                if (field.getKey().equals("economics")) {
                    if (!budgets.isEmpty()) {
                        document.set("budgets", budgets);
                    }
                    if (!capacities.isEmpty()) {
                        document.set("capacities", capacities);
                    }
                }
                document.set(field.getKey(), field.getValue());
            }
            return document;
        }

        private int poisson(double mean) {
            double limit = Math.exp(-mean);
            double product = random.nextDouble();
            int k = 0;
            while (product > limit) {
                product *= random.nextDouble();
                k++;
            }
            return k;
        }

        private static String id(int index) {
            return String.format("C%05d", index + 1);
        }

        private static List<Integer> range(int fromInclusive, int toExclusive) {
            List<Integer> indexes = new ArrayList<>(toExclusive - fromInclusive);
            for (int i = fromInclusive; i < toExclusive; i++) {
                indexes.add(i);
            }
            return indexes;
        }

        private static long roundToTenth(double milli) {
            return Math.round(milli / 100) * 100;
        }

        private static BigDecimal decimal(long unscaled, int scale) {
            return BigDecimal.valueOf(unscaled, scale);
        }

        /** An amount in milli-units as plan units without needless decimals. */
        private static BigDecimal units(long milli) {
            BigDecimal units = BigDecimal.valueOf(milli, 3).stripTrailingZeros();
            return units.scale() < 0 ? units.setScale(0) : units;
        }
    }
}
