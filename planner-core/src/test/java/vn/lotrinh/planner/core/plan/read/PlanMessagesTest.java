package vn.lotrinh.planner.core.plan.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.TestFiles;

/**
 * Every error and warning of a plan reads in Vietnamese as well as in English: each value of the example plan and of
 * the sample plan replaced in turn by values of every wrong kind, and a set of plans that break the rules across
 * components, give messages whose Vietnamese is its own sentence, with none of the English words of a message left in.
 */
class PlanMessagesTest {

    /** Words of the English messages that a Vietnamese one never needs. */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(must|found|missing|which|is not|are not|names|the plan|component|period|periods|takes|cannot|"
                    + "already|each|give|of the|a list|an object|text|from \\d|to \\d)\\b");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<JsonNode> WRONG_VALUES = List.of(NODES.objectNode(), NODES.arrayNode(),
            NODES.textNode("không hợp lệ"), NODES.numberNode(-7), NODES.numberNode(2.5), NODES.booleanNode(true),
            NODES.nullNode());

    private final PlanValidator validator = new PlanValidator();

    @Test
    void everyWrongValueOfTheExamplePlanIsToldInBothLanguages() {
        assertBothLanguages(errorsOfEveryWrongValue(ExamplePlan.document()), 150);
    }

    @Test
    void everyWrongValueOfTheSamplePlanIsToldInBothLanguages() {
        JsonNode sample = PlanReader.parse(TestFiles.read("data/vinh-phuc-egov-2.0.json"));
        assertBothLanguages(errorsOfEveryWrongValue((ObjectNode) sample), 300);
    }

    @Test
    void rulesAcrossComponentsAreToldInBothLanguages() {
        List<Text> messages = new ArrayList<>();
        for (Map.Entry<String, String> broken : Map.of(
                "/components/1/dependsOn", "[\"LGSP\", \"MCDT\", \"KHONG_CO\"]",
                "/components/0/dependsOn", "[\"KDL\"]",
                "/components/0/pinnedStart", "\"2025\"",
                "/components/4/latestFinish", "\"2021\"",
                "/components/2/id", "\"LGSP\"",
                "/components/3/excludes", "[\"SOC\", \"SOC\"]").entrySet()) {
            ObjectNode doc = ExamplePlan.document();
            String pointer = broken.getKey();
            ((ObjectNode) doc.at(pointer.substring(0, pointer.lastIndexOf('/'))))
                    .set(pointer.substring(pointer.lastIndexOf('/') + 1), PlanReader.parse(broken.getValue()));
            validator.validate(doc).forEach(error -> messages.add(error.message()));
            if (validator.validate(doc).isEmpty()) {
                PlanWarnings.of(new PlanReader().read(doc)).forEach(warning -> messages.add(warning.message()));
            }
        }
        assertBothLanguages(messages, 6);
    }

    private List<Text> errorsOfEveryWrongValue(ObjectNode document) {
        List<Text> messages = new ArrayList<>();
        for (String pointer : leaves(document, "")) {
            for (JsonNode wrong : WRONG_VALUES) {
                ObjectNode doc = document.deepCopy();
                JsonNode parent = doc.at(pointer.substring(0, pointer.lastIndexOf('/')));
                String last = pointer.substring(pointer.lastIndexOf('/') + 1);
                if (parent instanceof ObjectNode object) {
                    object.set(last, wrong);
                } else {
                    ((ArrayNode) parent).set(Integer.parseInt(last), wrong);
                }
                validator.validate(doc).forEach(error -> messages.add(error.message()));
            }
        }
        return messages;
    }

    private static List<String> leaves(JsonNode node, String pointer) {
        List<String> leaves = new ArrayList<>();
        if (node.isObject()) {
            node.properties().forEach(member -> leaves.addAll(leaves(member.getValue(),
                    pointer + "/" + member.getKey().replace("~", "~0").replace("/", "~1"))));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaves.addAll(leaves(node.get(i), pointer + "/" + i));
            }
        }
        if (!pointer.isEmpty()) {
            leaves.add(pointer);
        }
        return leaves;
    }

    private static void assertBothLanguages(List<Text> messages, int atLeast) {
        assertThat(messages).hasSizeGreaterThanOrEqualTo(atLeast);
        assertThat(messages).allSatisfy(message -> {
            assertThat(message.vietnamese()).as(message.english()).isNotBlank().isNotEqualTo(message.english());
            assertThat(ENGLISH.matcher(withoutQuotedValues(message.vietnamese())).find())
                    .as("English words in: " + message.vietnamese()).isFalse();
        });
    }

    /** The message without what it quotes from the document and without JSON member names and pointers. */
    private static String withoutQuotedValues(String message) {
        return message.replaceAll("\"[^\"]*\"", "\"\"").replaceAll("/[\\w~/.-]*", "/")
                .replaceAll("\\b(periodUnit|start|periods|latestFinish|earliestStart|pinnedStart|dependsOn|excludes|"
                        + "replaces|delivers|connects|capexProfile|capexByPeriod|capex|funding|eligibleFunding|"
                        + "fundingSource|period|phase|amount|name|nameEn|id|lag|scores|value|criteria|comparisons|"
                        + "ratio|framework|frameworkPreference|duration|demand|opexPerPeriod|format|currency|"
                        + "moneyUnit|calendar|economics|baseYear|inflationRate|discountRate|opexInBudget|"
                        + "estimateDistribution|costCorrelation|budgets|capacities|fundingSources|resources|phases|"
                        + "components|firstPeriod|lastPeriod|resource|unit|priority|layer|low|likely|high|true|false|"
                        + "null)\\b", "·");
    }
}
