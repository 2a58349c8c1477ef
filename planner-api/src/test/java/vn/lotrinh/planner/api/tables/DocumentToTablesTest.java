package vn.lotrinh.planner.api.tables;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.api.plan.PlanDocument;

class DocumentToTablesTest {

    private static final String PLAN = """
            {"format": "roadmap-plan/1", "name": "Kế hoạch", "calendar": {"periodUnit": "YEAR", "start": "2025",
             "periods": 3}, "fundingSources": [{"id": "NS_TINH", "name": "Ngân sách tỉnh"}],
             "notes": "not a member of the format",
             "components": [{"id": "A", "name": "Cổng dịch vụ công", "duration": 2, "capex": 2000,
                             "capexProfile": [0.25, 0.75], "opexPerPeriod": 1E+3, "owner": "Sở TT&TT",
                             "dependsOn": [{"id": "B"}, {"id": "C", "lag": 1}, "D"]}]}
            """;

    @Test
    void exportsTheExamplePlanOfTheFormatAsTheSampleImportFiles() {
        JsonNode example = document(ApiClient.examplePlan());

        for (Map.Entry<PlanTable, java.nio.file.Path> sample : SampleImportFiles.csvFiles().entrySet()) {
            byte[] exported = TableFiles.csv(DocumentToTables.convert(sample.getKey(), example));

            assertThat(table(exported)).as(sample.getKey().tableName())
                    .isEqualTo(table(SampleImportFiles.bytes(sample.getValue())));
        }
    }

    @Test
    void writesAPlainNumberCapexAsItsLikelyFigureWithoutBounds() {
        List<CellValue> component = components().rows().get(0);

        assertThat(cell(component, "capex_likely")).isEqualTo("2000");
        assertThat(cell(component, "capex_low")).isEmpty();
        assertThat(cell(component, "capex_high")).isEmpty();
    }

    @Test
    void writesNumbersInPlainNotationAndListsSeparatedBySemicolons() {
        List<CellValue> component = components().rows().get(0);

        assertThat(cell(component, "opex_per_period")).isEqualTo("1000");
        assertThat(cell(component, "capex_profile")).isEqualTo("0.25;0.75");
        assertThat(cell(component, "depends_on")).isEqualTo("B;C:1;D");
    }

    @Test
    void writesARowOnlyForTheSettingsThePlanGives() {
        ExportedTable settings = DocumentToTables.convert(PlanTable.PLAN, document(PLAN));

        assertThat(settings.rows()).extracting(row -> row.get(0).text())
                .containsExactly("name", "periodUnit", "start", "periods");
    }

    @Test
    void leavesOutMembersTheFormatDoesNotName() {
        ConvertedPlan imported = TablesToDocument.convert(TabularSources.csv(
                PlanTablesRoundTripTest.csvImport(document(PLAN))));

        assertThat(imported.document().has("notes")).isFalse();
        assertThat(imported.document().at("/components/0").has("owner")).isFalse();
    }

    private static ExportedTable components() {
        return DocumentToTables.convert(PlanTable.COMPONENTS, document(PLAN));
    }

    private static String cell(List<CellValue> row, String column) {
        return row.get(PlanTable.COMPONENTS.headerColumns().indexOf(column)).text();
    }

    private static JsonNode document(String json) {
        return PlanDocument.parse(json.getBytes(StandardCharsets.UTF_8)).tree();
    }

    private static SheetTable table(byte[] csv) {
        return CsvTables.read(csv, CellRef.whole(null)).table().orElseThrow();
    }
}
