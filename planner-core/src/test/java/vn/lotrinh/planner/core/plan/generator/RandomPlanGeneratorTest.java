package vn.lotrinh.planner.core.plan.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.Dependency;
import vn.lotrinh.planner.core.plan.PeriodUnit;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.plan.ScheduleLoad;

class RandomPlanGeneratorTest {

    private static final int SEEDS = 300;
    private static final Map<Long, Generated> GENERATED = new ConcurrentHashMap<>();
    private static final String VIETNAMESE_LETTER = "[ạảấầẩẫậắằẳẵặđẹẻẽếềểễệịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]";

    static LongStream seeds() {
        return LongStream.range(0, SEEDS);
    }

    /** Mixed sizes, units and densities: mostly small plans, every 25th one large, extremes included. */
    static GeneratorSettings settingsFor(long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        PeriodUnit unit = PeriodUnit.values()[(int) (seed % 3)];
        int periods = switch (unit) {
            case YEAR -> 1 + random.nextInt(30);
            case QUARTER -> 1 + random.nextInt(80);
            case MONTH -> seed % 50 == 2 ? 600 : 1 + random.nextInt(240);
        };
        int components = seed % 25 == 0 ? 500 + random.nextInt(1500) : 1 + random.nextInt(150);
        double must = seed % 20 == 1 ? 1.0 : random.nextDouble() * 0.6;
        return GeneratorSettings.builder()
                .components(components)
                .periods(unit, periods)
                .fundingSources(1 + random.nextInt(GeneratorSettings.MAX_FUNDING_SOURCES))
                .resources(random.nextInt(GeneratorSettings.MAX_RESOURCES + 1))
                .phases(random.nextInt(Math.min(periods, 6) + 1))
                .priorityMix(must, random.nextDouble() * (1 - must))
                .maxDurationPeriods(1 + random.nextInt(Math.max(1, periods / 3)))
                .dependencies(random.nextDouble() * 3, random.nextDouble(), 1 + random.nextInt(4))
                .windowShare(random.nextDouble())
                .pinShare(random.nextDouble() * 0.5)
                .exclusionShare(random.nextDouble() * 0.2)
                .budgetShares(random.nextDouble(), random.nextDouble())
                .capacityOverrideShare(random.nextDouble() * 0.5)
                .splitFundingShare(random.nextDouble())
                .capexShares(random.nextDouble(), random.nextDouble(), random.nextDouble() * 0.3)
                .opex(random.nextDouble(), random.nextBoolean())
                .headroom(seed % 10 == 3 ? 0 : random.nextDouble())
                .build();
    }

    /** Each seed's plan, generated and read once and shared by the property tests, which only read it. */
    private static Generated generate(long seed) {
        return GENERATED.computeIfAbsent(seed, s -> {
            GeneratorSettings settings = settingsFor(s);
            GeneratedPlan generated = new RandomPlanGenerator(settings).generate(s);
            return new Generated(settings, generated, new PlanReader().read(generated.document()));
        });
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void generatedPlanReadsWithTheRequestedSizeAndCalendar(long seed) {
        Generated g = generate(seed);

        assertThat(g.plan.components()).hasSize(g.settings.components());
        assertThat(g.plan.calendar().periods()).isEqualTo(g.settings.periods());
        assertThat(g.plan.calendar().unit()).isEqualTo(g.settings.periodUnit());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void witnessStartsEveryMustComponentAndNothingElse(long seed) {
        Generated g = generate(seed);

        List<String> mustIds = g.plan.components().stream().filter(Component::isMust).map(Component::id).toList();
        assertThat(g.witness().keySet()).containsExactlyInAnyOrderElementsOf(mustIds);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void witnessKeepsDependenciesOnMustComponentsOnly(long seed) {
        Generated g = generate(seed);
        Map<String, Component> byId = g.plan.componentsById();

        List<String> broken = new ArrayList<>();
        g.witness().forEach((id, start) -> {
            for (Dependency dependency : byId.get(id).dependsOn()) {
                Integer predecessorStart = g.witness().get(dependency.predecessorId());
                if (predecessorStart == null) {
                    broken.add(id + " depends on optional " + dependency.predecessorId());
                } else if (start < predecessorStart + byId.get(dependency.predecessorId()).durationPeriods()
                        + dependency.lagPeriods()) {
                    broken.add(id + " starts before " + dependency.predecessorId() + " finished plus its lag");
                }
            }
        });
        assertThat(broken).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void witnessKeepsWindowsAndHorizon(long seed) {
        Generated g = generate(seed);
        Map<String, Component> byId = g.plan.componentsById();

        List<String> broken = new ArrayList<>();
        g.witness().forEach((id, start) -> {
            Component c = byId.get(id);
            int finish = start + c.durationPeriods() - 1;
            if (start < 0 || finish >= g.plan.horizon()) {
                broken.add(id + " runs " + start + "–" + finish + " outside the horizon");
            }
            if (c.earliestStart() != null && start < c.earliestStart()) {
                broken.add(id + " starts at " + start + " before its earliest start " + c.earliestStart());
            }
            if (c.latestFinish() != null && finish > c.latestFinish()) {
                broken.add(id + " finishes at " + finish + " after its latest finish " + c.latestFinish());
            }
        });
        assertThat(broken).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void pinsOnlyMustComponentsAtTheirWitnessStart(long seed) {
        Generated g = generate(seed);

        List<Component> pinned = g.plan.components().stream().filter(Component::isPinned).toList();
        assertThat(pinned).allSatisfy(c -> assertThat(c.pinnedStart()).isEqualTo(g.witness().get(c.id())));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void noMustComponentExcludesAnother(long seed) {
        Generated g = generate(seed);

        assertThat(g.plan.components().stream().filter(Component::isMust))
                .allSatisfy(c -> assertThat(c.excludes()).doesNotContainAnyElementsOf(g.witness().keySet()));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void witnessStaysWithinEveryBudgetAndCapacity(long seed) {
        Generated g = generate(seed);
        Map<String, Component> byId = g.plan.componentsById();

        ScheduleLoad load = new ScheduleLoad(g.plan);
        g.witness().forEach((id, start) -> load.add(byId.get(id), start));
        assertThat(load.brokenCaps()).isEmpty();
    }

    @Test
    void anEligibleFundingShareLetsThatShareOfComponentsChooseAmongTwoOrThreeSources() {
        GeneratorSettings settings = GeneratorSettings.builder().components(300).eligibleFundingShare(1.0 / 3).build();

        List<Component> components = new PlanReader().read(new RandomPlanGenerator(settings).generate(7).document())
                .components();

        long choosing = components.stream().filter(Component::hasFundingChoice).count();
        assertThat(choosing).isBetween(70L, 130L);
        assertThat(components).filteredOn(Component::hasFundingChoice)
                .allSatisfy(component -> assertThat(component.fundingOptions()).hasSizeBetween(2, 3));
    }

    @Test
    void sameSeedAndSettingsGiveEqualDocuments() {
        RandomPlanGenerator generator = new RandomPlanGenerator(GeneratorSettings.defaults());

        assertThat(generator.generate(42).document()).isEqualTo(generator.generate(42).document());
    }

    @Test
    void differentSeedsGiveDifferentDocuments() {
        RandomPlanGenerator generator = new RandomPlanGenerator(GeneratorSettings.defaults());

        assertThat(generator.generate(1).document()).isNotEqualTo(generator.generate(2).document());
    }

    @Test
    void documentReadsTheSameAfterWritingItAsJsonText() throws Exception {
        JsonNode document = new RandomPlanGenerator(GeneratorSettings.builder().components(200).build()).generate(9)
                .document();
        PlanReader reader = new PlanReader();

        String text = PlanReader.mapper().writeValueAsString(document);

        assertThat(reader.read(text)).isEqualTo(reader.read(document));
    }

    @Test
    void defaultDensitiesUseEveryFeatureOfTheFormat() {
        GeneratorSettings settings =
                GeneratorSettings.builder().components(300).periods(PeriodUnit.QUARTER, 40).build();
        JsonNode doc = new RandomPlanGenerator(settings).generate(7).document();
        List<JsonNode> components = elements(doc.get("components"));
        List<JsonNode> budgets = elements(doc.get("budgets"));

        assertThat(components).anySatisfy(c -> assertThat(c.path("dependsOn").findValues("lag")).isNotEmpty())
                .anySatisfy(c -> assertThat(c.has("earliestStart")).isTrue())
                .anySatisfy(c -> assertThat(c.has("latestFinish")).isTrue())
                .anySatisfy(c -> assertThat(c.has("pinnedStart")).isTrue())
                .anySatisfy(c -> assertThat(c.has("excludes")).isTrue())
                .anySatisfy(c -> assertThat(c.path("funding").size()).isEqualTo(2))
                .anySatisfy(c -> assertThat(c.path("capex").has("low")).isTrue())
                .anySatisfy(c -> assertThat(c.has("capexProfile")).isTrue())
                .anySatisfy(c -> assertThat(c.has("capexByPeriod")).isTrue())
                .anySatisfy(c -> assertThat(c.has("opexPerPeriod")).isTrue())
                .anySatisfy(c -> assertThat(c.path("name").asText()).containsPattern(VIETNAMESE_LETTER));
        assertThat(components).extracting(c -> c.path("priority").asText("SHOULD"))
                .contains("MUST", "SHOULD", "COULD");
        assertThat(budgets).anySatisfy(b -> assertThat(b.has("phase")).isTrue())
                .anySatisfy(b -> assertThat(b.has("period")).isTrue());
        assertThat(elements(doc.get("capacities"))).anySatisfy(c -> assertThat(c.has("period")).isTrue());
    }

    @Test
    void zeroDensitiesGiveNoDependenciesWindowsPinsOrExclusions() {
        GeneratorSettings bare = GeneratorSettings.builder().components(200)
                .dependencies(0, 0, 1).windowShare(0).pinShare(0).exclusionShare(0).build();

        Plan plan = new PlanReader().read(new RandomPlanGenerator(bare).generate(3).document());

        assertThat(plan.components()).allSatisfy(c -> {
            assertThat(c.dependsOn()).isEmpty();
            assertThat(c.earliestStart()).isNull();
            assertThat(c.latestFinish()).isNull();
            assertThat(c.pinnedStart()).isNull();
            assertThat(c.excludes()).isEmpty();
        });
    }

    @Test
    void mustComponentsDependOnEachOtherWhenDependenciesAreDense() {
        GeneratorSettings dense = GeneratorSettings.builder().components(200).priorityMix(1.0, 0)
                .dependencies(3, 0.5, 2).build();

        Plan plan = new PlanReader().read(new RandomPlanGenerator(dense).generate(5).document());

        assertThat(plan.components()).filteredOn(c -> !c.dependsOn().isEmpty()).hasSizeGreaterThan(100);
    }

    @Test
    void generatesTwentyThousandComponentsOverOneHundredTwentyPeriods() {
        GeneratorSettings largest = GeneratorSettings.builder()
                .components(GeneratorSettings.MAX_COMPONENTS).periods(PeriodUnit.MONTH, 120).build();

        Plan plan = new PlanReader().read(new RandomPlanGenerator(largest).generate(2025).document());

        assertThat(plan.components()).hasSize(20_000);
        assertThat(plan.horizon()).isEqualTo(120);
    }

    @Test
    void settingsRejectMoreComponentsThanTheFormatAllows() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GeneratorSettings.builder().components(20_001).build())
                .withMessageContaining("components");
    }

    @Test
    void settingsRejectPriorityMixAboveOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GeneratorSettings.builder().priorityMix(0.7, 0.4).build())
                .withMessageContaining("mustShare + couldShare");
    }

    private static List<JsonNode> elements(JsonNode array) {
        return array == null ? List.of() : StreamSupport.stream(array.spliterator(), false).toList();
    }

    private record Generated(GeneratorSettings settings, GeneratedPlan generated, Plan plan) {

        Map<String, Integer> witness() {
            return generated.mustWitnessStarts();
        }
    }
}
