package vn.lotrinh.planner.api.tables;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.core.plan.generator.GeneratorSettings;
import vn.lotrinh.planner.core.plan.generator.RandomPlanGenerator;
import vn.lotrinh.planner.core.plan.read.PlanReader;

/** Exporting a plan to tables and importing them gives back the same plan, for CSV files and for a workbook. */
class PlanTablesRoundTripTest {

    private static final int GENERATED_PLANS = 30;

    @ParameterizedTest
    @MethodSource("plans")
    void csvFilesImportBackToTheSamePlan(JsonNode document) {
        ConvertedPlan imported = TablesToDocument.convert(TabularSources.csv(csvImport(document)));

        assertThat(imported.errors()).isEmpty();
        assertThat(new PlanReader().read(imported.document())).isEqualTo(new PlanReader().read(document));
    }

    @ParameterizedTest
    @MethodSource("plans")
    void workbookImportsBackToTheSamePlan(JsonNode document) {
        byte[] workbook = TableFiles.xlsx(DocumentToTables.convert(document));

        ConvertedPlan imported = TablesToDocument.convert(
                TabularSources.xlsx(new Upload("plan.xlsx", null, workbook)));

        assertThat(imported.errors()).isEmpty();
        assertThat(new PlanReader().read(imported.document())).isEqualTo(new PlanReader().read(document));
    }

    /** The components as the file, every other table as the part its name says, as a client would upload them. */
    static ImportRequest csvImport(JsonNode document) {
        Upload components = null;
        Map<String, List<Upload>> parts = new LinkedHashMap<>();
        for (ExportedTable table : DocumentToTables.convert(document)) {
            Upload file = new Upload(table.table().tableName() + ".csv", "text/csv", TableFiles.csv(table));
            if (table.table() == PlanTable.COMPONENTS) {
                components = file;
            } else {
                parts.put(table.table().partName(), List.of(file));
            }
        }
        return new ImportRequest(components, parts, Map.of());
    }

    static Stream<Named<JsonNode>> plans() {
        String vinhPhuc = new String(ApiClient.data("vinh-phuc-egov-2.0.json"), StandardCharsets.UTF_8);
        ObjectNode preferring = (ObjectNode) PlanReader.parse(vinhPhuc);
        preferring.put("frameworkPreference", 12.5);
        ObjectNode choosing = (ObjectNode) PlanReader.parse(vinhPhuc);
        ObjectNode soc = (ObjectNode) choosing.get("components").get(0);
        soc.remove("funding");
        soc.set("eligibleFunding", PlanReader.parse("[\"NSDP_DTC\", {\"NSDP_DTC\": 0.5, \"XHH_THUE_DV\": 0.5}]"));
        ObjectNode hostile = (ObjectNode) PlanReader.parse(vinhPhuc);
        ((ObjectNode) hostile.get("components").get(1)).put("name", "=HYPERLINK(\"http://localhost/x\", \"Bấm\")");
        ((ObjectNode) hostile.get("components").get(2)).put("name", "-Nâng cấp @ +2 kho");
        Stream<Named<JsonNode>> samples = Stream.of(
                Named.of("vinh-phuc-egov-2.0.json", PlanReader.parse(vinhPhuc)),
                Named.of("vinh-phuc-egov-2.0.json with a framework preference", preferring),
                Named.of("vinh-phuc-egov-2.0.json with a funding choice", choosing),
                Named.of("vinh-phuc-egov-2.0.json with names a spreadsheet would run as formulas", hostile),
                Named.of("example-plan.json", PlanReader.parse(ApiClient.examplePlan())));
        RandomPlanGenerator generator = new RandomPlanGenerator(GeneratorSettings.defaults());
        Stream<Named<JsonNode>> generated = LongStream.rangeClosed(1, GENERATED_PLANS)
                .mapToObj(seed -> Named.of("generated, seed " + seed, generator.generate(seed).document()));
        return Stream.concat(samples, generated);
    }
}
