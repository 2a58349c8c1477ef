package vn.lotrinh.planner.api.tables;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;

/** A plan with criteria keeps its criteria, comparisons and scores through the CSV and Excel tables. */
class PriorityTablesTest {

    private final JsonNode document = PlanReader.parse(
            new String(ApiClient.data("sample-priorities.json"), StandardCharsets.UTF_8));

    @Test
    void csvFilesImportBackToTheSamePlanWithItsPriorities() {
        ConvertedPlan imported = TablesToDocument.convert(TabularSources.csv(
                PlanTablesRoundTripTest.csvImport(document)));

        assertThat(imported.errors()).isEmpty();
        Plan plan = new PlanReader().read(imported.document());
        assertThat(plan).isEqualTo(new PlanReader().read(document));
        assertThat(plan.priorities().criteria()).hasSize(5);
    }

    @Test
    void workbookImportsBackToTheSamePlanWithItsPriorities() {
        byte[] workbook = TableFiles.xlsx(DocumentToTables.convert(document));

        ConvertedPlan imported = TablesToDocument.convert(TabularSources.xlsx(
                new Upload("plan.xlsx", null, workbook)));

        assertThat(imported.errors()).isEmpty();
        assertThat(new PlanReader().read(imported.document())).isEqualTo(new PlanReader().read(document));
    }

    @Test
    void writesScoresAsOneListCellAndTheCriteriaAndComparisonsAsTablesOfTheirOwn() {
        ExportedTable components = DocumentToTables.convert(PlanTable.COMPONENTS, document);
        ExportedTable criteria = DocumentToTables.convert(PlanTable.CRITERIA, document);
        ExportedTable comparisons = DocumentToTables.convert(PlanTable.COMPARISONS, document);

        int scores = PlanTable.COMPONENTS.headerColumns().indexOf("scores");
        assertThat(components.rows().get(0).get(scores).text())
                .isEqualTo("PHAP_LY:9;NGUOI_DAN:8;KHUNG:10;SAN_SANG:8;RUI_RO:7");
        assertThat(PlanTable.CRITERIA.headerColumns()).containsExactly("id", "name", "name_en");
        assertThat(criteria.rows().get(4).stream().map(CellValue::text).toList())
                .containsExactly("RUI_RO", "Rủi ro thấp", "Low risk");
        assertThat(PlanTable.COMPARISONS.headerColumns()).containsExactly("a", "b", "ratio");
        assertThat(comparisons.rows()).hasSize(10);
        assertThat(comparisons.rows().get(1).stream().map(CellValue::text).toList())
                .isEqualTo(List.of("PHAP_LY", "KHUNG", "2"));
    }

    @Test
    void aBadScoreCellIsLocatedByRowAndColumn() {
        byte[] components = ("id,name,duration,value,scores\nA,Alpha,1,,PHAP_LY:nhiều\n")
                .getBytes(StandardCharsets.UTF_8);

        ConvertedPlan converted = TablesToDocument.convert(TabularSources.csv(new ImportRequest(
                new Upload("components.csv", "text/csv", components), Map.of(), Map.of())));

        assertThat(converted.errors()).first().satisfies(error -> {
            assertThat(error.pointer()).isEqualTo("/components/0/scores");
            assertThat(error.message().english()).startsWith("row 2, column scores:");
        });
    }
}
