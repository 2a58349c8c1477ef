package vn.lotrinh.planner.core.plan.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.Plan;

/**
 * Seeded random mutations of the example plan: reading one either builds a plan or refuses it with
 * {@link InvalidPlanException}, never anything else.
 */
class PlanReaderRobustnessTest {

    private static final int RUNS = 2_000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> WORDS = List.of(
            "TTDL", "SOC", "LGSP", "MCDT", "KDL", "IOC", "IOC_THUE", "NS_TINH", "NS_TW", "STAFF", "GD1", "GD2",
            "2021", "2023", "2025", "2026", "2023-Q2", "2023-07", "MUST", "QUARTER", "MONTH", "roadmap-plan/1");

    private final PlanReader reader = new PlanReader();
    private final ObjectNode example = ExamplePlan.document();

    @Test
    void readsOrRefusesEveryMutatedDocument() {
        Random random = new Random(20_240_611L);
        int built = 0;
        int refused = 0;
        for (int run = 0; run < RUNS; run++) {
            ObjectNode doc = example.deepCopy();
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                mutate(doc, random);
            }
            try {
                Plan plan = reader.read(doc);
                assertConsistent(plan);
                built++;
            } catch (InvalidPlanException e) {
                assertThat(e.errors()).isNotEmpty();
                e.errors().forEach(error -> JsonPointer.compile(error.pointer()));
                refused++;
            } catch (RuntimeException e) {
                throw new AssertionError("run " + run + " threw " + e + " for " + doc, e);
            }
        }
        assertThat(built).as("mutated documents that are still valid").isPositive();
        assertThat(refused).as("mutated documents that are refused").isPositive();
    }

    @Test
    void refusesADocumentExactlyWhenTheValidatorFindsErrorsAndWithTheSameErrors() {
        Random random = new Random(20_250_312L);
        PlanValidator validator = new PlanValidator();
        for (int run = 0; run < RUNS; run++) {
            ObjectNode doc = example.deepCopy();
            mutate(doc, random);
            List<PlanError> errors = validator.validate(doc);
            try {
                reader.read(doc);
                assertThat(errors).as("errors of a document that reads: %s", doc).isEmpty();
            } catch (InvalidPlanException e) {
                assertThat(e.errors()).as("errors of %s", doc).isEqualTo(errors);
            }
        }
    }

    private static void assertConsistent(Plan plan) {
        for (Component c : plan.components()) {
            assertThat(c.capexByOffsetMilli()).hasSize(c.durationPeriods());
            assertThat(c.capexByOffsetMilli().stream().mapToLong(Long::longValue).sum())
                    .as("capex instalments of %s", c.id())
                    .isEqualTo(c.capex().likelyMilli());
            assertThat(c.fundingShares().values().stream().mapToDouble(Double::doubleValue).sum())
                    .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    /** Replaces, removes or adds one value somewhere in the document. */
    private static void mutate(ObjectNode doc, Random random) {
        List<Slot> slots = new ArrayList<>();
        collect(doc, slots);
        Slot slot = slots.get(random.nextInt(slots.size()));
        int kind = random.nextInt(20);
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
            case 6 -> NODES.textNode("x".repeat(10_000));
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

    /** A place in the document: a member of an object or an element of an array. */
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
