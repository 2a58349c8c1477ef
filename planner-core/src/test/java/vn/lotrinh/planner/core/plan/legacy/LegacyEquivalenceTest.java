package vn.lotrinh.planner.core.plan.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.TestFiles;
import vn.lotrinh.planner.core.bench.OrLibraryReader;
import vn.lotrinh.planner.core.bench.PsplibReader;
import vn.lotrinh.planner.core.plan.PeriodUnit;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.generator.GeneratorSettings;
import vn.lotrinh.planner.core.plan.generator.RandomPlanGenerator;

/** Temporary: the one-pass reader and validator agree with the old two-pass ones on every document tried. */
class LegacyEquivalenceTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> WORDS = List.of(
            "TTDL", "SOC", "LGSP", "MCDT", "KDL", "IOC", "IOC_THUE", "NS_TINH", "NS_TW", "STAFF", "GD1", "GD2",
            "2021", "2023", "2025", "2026", "2023-Q2", "2023-07", "MUST", "QUARTER", "MONTH", "roadmap-plan/1",
            "C00001", "C00002", "C00003", "NS_TINH", "ODA", "STAFF", "VENDOR");

    private int built;
    private int refused;

    private void compare(String what, JsonNode doc) {
        List<String> oldErrors = new PlanValidator().validate(doc).stream()
                .map(e -> e.pointer() + " | " + e.message()).toList();
        List<String> newErrors = new vn.lotrinh.planner.core.plan.read.PlanValidator().validate(doc).stream()
                .map(e -> e.pointer() + " | " + e.message()).toList();
        assertThat(newErrors).as("errors of %s", what).isEqualTo(oldErrors);
        Plan oldPlan;
        try {
            oldPlan = new PlanReader().read(doc);
        } catch (InvalidPlanException e) {
            assertThat(oldErrors).isNotEmpty();
            try {
                new vn.lotrinh.planner.core.plan.read.PlanReader().read(doc);
                throw new AssertionError("new reader built " + what);
            } catch (vn.lotrinh.planner.core.plan.read.InvalidPlanException expected) {
                assertThat(expected.errors().stream().map(x -> x.pointer() + " | " + x.message()).toList())
                        .isEqualTo(oldErrors);
            }
            refused++;
            return;
        }
        Plan newPlan = new vn.lotrinh.planner.core.plan.read.PlanReader().read(doc);
        assertThat(newPlan).as("plan of %s", what).isEqualTo(oldPlan);
        assertThat(newPlan.toString()).isEqualTo(oldPlan.toString());
        built++;
    }

    @Test
    void agreesOnTheExampleAndSamplePlans() throws IOException {
        compare("example", example());
        compare("sample", vn.lotrinh.planner.core.plan.read.PlanReader.parse(
                Files.readString(TestFiles.find("data/vinh-phuc-egov-2.0.json"))));
        assertThat(built).isEqualTo(2);
    }

    @Test
    void agreesOnMutatedExamplePlans() {
        ObjectNode example = example();
        mutateAndCompare(example, 20_240_611L, 20_000);
    }

    @Test
    void agreesOnMutatedSamplePlans() throws IOException {
        ObjectNode sample = (ObjectNode) vn.lotrinh.planner.core.plan.read.PlanReader.parse(
                Files.readString(TestFiles.find("data/vinh-phuc-egov-2.0.json")));
        mutateAndCompare(sample, 77L, 3_000);
    }

    @Test
    void agreesOnGeneratedPlansAndTheirMutations() {
        for (long seed = 0; seed < 400; seed++) {
            JsonNode doc = new RandomPlanGenerator(settingsFor(seed)).generate(seed).document();
            compare("generated " + seed, doc);
            if (seed % 4 == 0 && doc.get("components").size() < 200) {
                mutateAndCompare((ObjectNode) doc, seed, 40);
            }
        }
        System.out.println("generated: built " + built + ", refused " + refused);
    }

    @Test
    void agreesOnBenchmarkInstances() throws IOException {
        Path orlib = TestFiles.find("shared/benchmarks/orlib");
        OrLibraryReader orLibrary = new OrLibraryReader();
        orLibrary.readMknap1Format(orlib.resolve("mknap1.txt")).forEach(i -> compare(i.name(), i.plan()));
        orLibrary.readMknap2(orlib.resolve("mknap2.txt")).forEach(i -> compare(i.name(), i.plan()));
        for (int cb = 1; cb <= 5; cb++) {
            orLibrary.readMknap1Format(orlib.resolve("mknapcb" + cb + ".txt")).forEach(i -> compare(i.name(), i.plan()));
        }
        Path psplib = TestFiles.find("shared/benchmarks/psplib");
        PsplibReader reader = new PsplibReader();
        for (String set : List.of("j30", "j60", "j120")) {
            try (Stream<Path> files = Files.list(psplib.resolve(set))) {
                for (Path file : files.sorted().toList()) {
                    compare(file.toString(), reader.read(file));
                }
            }
        }
        System.out.println("benchmarks: built " + built + ", refused " + refused);
        assertThat(refused).isZero();
    }

    private void mutateAndCompare(ObjectNode original, long seed, int runs) {
        Random random = new Random(seed);
        for (int run = 0; run < runs; run++) {
            ObjectNode doc = original.deepCopy();
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                mutate(doc, random);
            }
            compare("mutation " + run + " of seed " + seed, doc);
        }
        System.out.println("mutations of seed " + seed + ": built " + built + ", refused " + refused);
    }

    private static ObjectNode example() {
        try {
            return (ObjectNode) vn.lotrinh.planner.core.plan.read.PlanReader.mapper()
                    .readTree(TestFiles.find("shared/spec/example-plan.json").toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

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
                .capacityOverrideShare(random.nextDouble() * 0.3)
                .splitFundingShare(random.nextDouble())
                .capexShares(random.nextDouble(), random.nextDouble(), random.nextDouble() * 0.3)
                .opex(random.nextDouble(), random.nextBoolean())
                .headroom(random.nextDouble() * 2)
                .build();
    }

    private static void mutate(ObjectNode doc, Random random) {
        List<Slot> slots = new ArrayList<>();
        collect(doc, slots);
        Slot slot = slots.get(random.nextInt(slots.size()));
        int kind = random.nextInt(22);
        if (kind == 0) {
            slot.remove();
            return;
        }
        if (kind == 1 && slot.parent().isArray()) {
            ((ArrayNode) slot.parent()).add(slot.value().deepCopy());
            return;
        }
        slot.set(switch (kind) {
            case 2 -> NODES.nullNode();
            case 3 -> NODES.numberNode(-1);
            case 4 -> DecimalNode.valueOf(new BigDecimal("1e400"));
            case 5 -> DecimalNode.valueOf(new BigDecimal("0.5"));
            case 6 -> NODES.textNode("x".repeat(100));
            case 7 -> NODES.textNode("");
            case 8 -> NODES.booleanNode(true);
            case 9 -> NODES.objectNode();
            case 10 -> NODES.arrayNode();
            case 11 -> NODES.textNode("5");
            case 12 -> NODES.numberNode(Long.MAX_VALUE);
            case 13 -> BigIntegerNode.valueOf(BigInteger.TEN.pow(30));
            case 14 -> DoubleNode.valueOf(random.nextBoolean() ? Double.NaN : Double.POSITIVE_INFINITY);
            case 15 -> NODES.numberNode(0);
            case 16 -> NODES.numberNode(random.nextInt(700));
            case 17 -> slots.get(random.nextInt(slots.size())).value().deepCopy();
            case 18 -> DoubleNode.valueOf(random.nextDouble());
            case 19 -> DecimalNode.valueOf(new BigDecimal("2.0"));
            default -> NODES.textNode(WORDS.get(random.nextInt(WORDS.size())));
        });
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                slots.add(new Slot(node, name, -1));
                collect(node.get(name), slots);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                slots.add(new Slot(node, null, i));
                collect(node.get(i), slots);
            }
        }
    }

    private record Slot(JsonNode parent, String name, int index) {

        JsonNode value() {
            return name != null ? parent.get(name) : parent.get(index);
        }

        void set(JsonNode value) {
            if (name != null) {
                ((ObjectNode) parent).set(name, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (name != null) {
                ((ObjectNode) parent).remove(name);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }
}
