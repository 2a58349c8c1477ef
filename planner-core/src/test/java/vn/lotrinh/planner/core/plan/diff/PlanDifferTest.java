package vn.lotrinh.planner.core.plan.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.plan.read.PlanReader;

class PlanDifferTest {

    private static final String PLAN = """
            {"format": "roadmap-plan/1", "name": "Kế hoạch", "currency": "VND",
             "calendar": {"periodUnit": "YEAR", "start": "2021", "periods": 3},
             "fundingSources": [{"id": "NS_TINH", "name": "Ngân sách tỉnh"}],
             "budgets": [{"fundingSource": "NS_TINH", "period": "2021", "amount": 16000},
                         {"fundingSource": "NS_TINH", "phase": "GD1", "amount": 28000}],
             "components": [
               {"id": "TTDL", "name": "Trung tâm dữ liệu", "duration": 2, "capex": {"likely": 12000},
                "dependsOn": []},
               {"id": "LGSP", "name": "Nền tảng LGSP", "duration": 1, "capex": {"likely": 5000},
                "dependsOn": ["TTDL"]}]}""";

    @Test
    void sameDocumentHasNoChanges() {
        assertThat(PlanDiffer.diff(json(PLAN), json(PLAN)).isEmpty()).isTrue();
    }

    @Test
    void numbersEqualInValueAreTheSame() {
        ObjectNode newer = json(PLAN);
        component(newer, 0).with("capex").put("likely", new BigDecimal("12000.0"));

        assertThat(PlanDiffer.diff(json(PLAN), newer).isEmpty()).isTrue();
    }

    @Test
    void fieldChangedInsideAComponentIsNamedByPointerWithBothValues() {
        ObjectNode newer = json(PLAN);
        component(newer, 1).with("capex").put("likely", 6500);

        PlanDiff diff = PlanDiffer.diff(json(PLAN), newer);

        assertThat(diff.fieldsChanged()).singleElement().satisfies(change -> {
            assertThat(change.pointer()).isEqualTo("/components/1/capex/likely");
            assertThat(change.componentId()).isEqualTo("LGSP");
            assertThat(change.oldValue().intValue()).isEqualTo(5000);
            assertThat(change.newValue().intValue()).isEqualTo(6500);
        });
        assertThat(diff.componentsAdded()).isEmpty();
        assertThat(diff.capsChanged()).isEmpty();
        assertThat(diff.settingsChanged()).isEmpty();
    }

    @Test
    void anArrayChangesAsOneValueAndAMemberAddedHasNoOldValue() {
        ObjectNode newer = json(PLAN);
        component(newer, 1).putArray("dependsOn").add("TTDL").add("KDL");
        component(newer, 0).put("opexPerPeriod", 600);

        PlanDiff diff = PlanDiffer.diff(json(PLAN), newer);

        assertThat(diff.fieldsChanged()).extracting(FieldChange::pointer)
                .containsExactly("/components/0/opexPerPeriod", "/components/1/dependsOn");
        assertThat(diff.fieldsChanged().get(0).oldValue()).isNull();
        assertThat(diff.fieldsChanged().get(1).newValue().toString()).isEqualTo("[\"TTDL\",\"KDL\"]");
    }

    @Test
    void componentsAreMatchedByIdSoAnInsertionIsOneAddition() {
        ObjectNode newer = json(PLAN);
        ArrayNode components = (ArrayNode) newer.get("components");
        components.insert(0, json("{\"id\": \"IOC\", \"name\": \"Trung tâm điều hành\", \"duration\": 1}"));
        components.remove(1);

        PlanDiff diff = PlanDiffer.diff(json(PLAN), newer);

        assertThat(diff.componentsAdded()).containsExactly(
                new ComponentRef("IOC", "Trung tâm điều hành", "/components/0"));
        assertThat(diff.componentsRemoved()).containsExactly(
                new ComponentRef("TTDL", "Trung tâm dữ liệu", "/components/0"));
        assertThat(diff.fieldsChanged()).isEmpty();
    }

    @Test
    void capsAreMatchedByFundingSourceAndPeriodOrPhase() {
        ObjectNode newer = json(PLAN);
        ArrayNode budgets = (ArrayNode) newer.get("budgets");
        ((ObjectNode) budgets.get(0)).put("amount", 12800);
        budgets.remove(1);
        budgets.add(json("{\"fundingSource\": \"NS_TINH\", \"period\": \"2022\", \"amount\": 9000}"));

        PlanDiff diff = PlanDiffer.diff(json(PLAN), newer);

        assertThat(diff.capsChanged()).containsExactly(
                new CapChange("NS_TINH", "2021", null, new BigDecimal("16000"), new BigDecimal("12800")),
                new CapChange("NS_TINH", null, "GD1", new BigDecimal("28000"), null),
                new CapChange("NS_TINH", "2022", null, null, new BigDecimal("9000")));
        assertThat(diff.settingsChanged()).isEmpty();
    }

    @Test
    void settingsAreEveryOtherMemberButTheEnvelope() {
        ObjectNode newer = json(PLAN);
        newer.put("name", "Kế hoạch 2026–2030");
        newer.with("calendar").put("periods", 5);
        newer.put("id", "a-plan-id");
        newer.put("version", 7);

        PlanDiff diff = PlanDiffer.diff(json(PLAN), newer);

        assertThat(diff.settingsChanged()).extracting(FieldChange::pointer, change -> change.newValue().asText())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/name", "Kế hoạch 2026–2030"),
                        org.assertj.core.groups.Tuple.tuple("/calendar/periods", "5"));
        assertThat(diff.settingsChanged()).allSatisfy(change -> assertThat(change.componentId()).isNull());
    }

    @Test
    void memberNamesAreEscapedInPointers() {
        ObjectNode newer = json(PLAN);
        newer.put("a/b~c", true);

        assertThat(PlanDiffer.diff(json(PLAN), newer).settingsChanged()).extracting(FieldChange::pointer)
                .containsExactly("/a~1b~0c");
    }

    private static ObjectNode component(ObjectNode plan, int index) {
        return (ObjectNode) plan.get("components").get(index);
    }

    private static ObjectNode json(String text) {
        try {
            JsonNode tree = PlanReader.mapper().readTree(text);
            return (ObjectNode) tree;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
