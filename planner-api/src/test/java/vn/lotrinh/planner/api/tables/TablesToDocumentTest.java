package vn.lotrinh.planner.api.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.InEnglish;
import vn.lotrinh.planner.core.plan.read.PlanReader;

class TablesToDocumentTest {

    private static final String HEADER = "id,name,duration,capex_likely,capex_high,funding,depends_on\n";

    @Test
    void convertsTheCsvSampleIntoTheExamplePlanOfTheFormat() throws IOException {
        ConvertedPlan converted = TablesToDocument.convert(TabularSources.csv(sampleCsvRequest()));

        assertThat(converted.errors()).isEmpty();
        assertThat(new PlanReader().read(converted.document())).isEqualTo(examplePlan());
    }

    @Test
    void convertsTheWorkbookSampleIntoTheSameDocumentAsTheCsvSample() {
        ConvertedPlan fromCsv = TablesToDocument.convert(TabularSources.csv(sampleCsvRequest()));
        ConvertedPlan fromWorkbook = TablesToDocument.convert(TabularSources.xlsx(
                new Upload("sample-import.xlsx", null, SampleImportFiles.bytes(SampleImportFiles.WORKBOOK))));

        assertThat(fromWorkbook.errors()).isEmpty();
        assertThat(fromWorkbook.document()).isEqualTo(fromCsv.document());
    }

    @Test
    void workbookWrittenFromTheCsvSampleMatchesTheCommittedOne() throws IOException {
        ByteArrayOutputStream fresh = new ByteArrayOutputStream();
        SampleImportFiles.writeWorkbook(fresh);

        ConvertedPlan regenerated = TablesToDocument.convert(TabularSources.xlsx(
                new Upload("fresh.xlsx", null, fresh.toByteArray())));
        ConvertedPlan committed = TablesToDocument.convert(TabularSources.xlsx(
                new Upload("sample-import.xlsx", null, SampleImportFiles.bytes(SampleImportFiles.WORKBOOK))));

        assertThat(committed.document()).isEqualTo(regenerated.document());
    }

    @Test
    void namesRowAndColumnOfACellThatIsNotANumber() {
        ConvertedPlan converted = convert(HEADER
                + "A,Alpha,1,100,200,,\n"
                + "B,Beta,1,100,lots,,\n");

        assertThat(InEnglish.errors(converted.errors())).containsExactly(InEnglish.error("/components/1/capex/high",
                "row 3, column capex_high: 'lots' is not a number (write numbers with a dot for decimals and "
                        + "without thousands separators)"));
    }

    @Test
    void reportsEveryBadCellOfTheFileAtOnce() {
        ConvertedPlan converted = convert(HEADER
                + "A,Alpha,two,100,,,\n"
                + "B,Beta,1,1.000.000,,,\n"
                + "C,Gamma,1,100,,,A:soon\n");

        assertThat(converted.errors()).extracting(error -> error.message().english()).satisfiesExactly(
                message -> assertThat(message).startsWith("row 2, column duration: 'two' is not a whole number"),
                message -> assertThat(message).startsWith("row 3, column capex_likely: '1.000.000' is not a number"),
                message -> assertThat(message).startsWith("row 4, column depends_on: the lag in 'A:soon'"));
    }

    @Test
    void refusesAnUnknownColumnNamingTheKnownOnes() {
        ConvertedPlan converted = convert("id,name,duration,capex_hgh\nA,Alpha,1,5\n");

        assertThat(converted.errors()).singleElement().satisfies(error -> assertThat(error.message().english())
                .startsWith("row 1, column capex_hgh: unknown column; the columns are id, name, layer"));
    }

    @Test
    void reportsAMissingRequiredColumnOnceRatherThanForEveryRow() {
        ConvertedPlan converted = convert("id,name\nA,Alpha\nB,Beta\n");

        assertThat(converted.errors()).extracting(error -> error.message().english())
                .containsExactly("row 1: the column duration is missing");
        assertThat(converted.locate(List.of(InEnglish.error("/components/1/duration", "is required")))).isEmpty();
    }

    @Test
    void tellsValidationErrorsAsTheRowAndColumnTheyComeFrom() {
        ConvertedPlan converted = convert(HEADER + "A,Alpha,1,100,,,\nB,Beta,1,100,,,X\n");

        assertThat(converted.locate(List.of(
                InEnglish.error("/components/1/dependsOn/0", "unknown component X"),
                InEnglish.error("/components/1", "something about the whole component"),
                InEnglish.error("/economics/baseYear", "must be a year"))))
                .extracting(error -> error.message().english())
                .containsExactly(
                        "row 3, column depends_on: unknown component X",
                        "row 3: something about the whole component",
                        "plan setting baseYear: must be a year");
    }

    @Test
    void locatesErrorsInOtherPartsAndFormFieldsByTheirNames() {
        Map<String, List<Upload>> parts = new LinkedHashMap<>();
        parts.put("budgets", List.of(csv("budgets.csv", "funding_source,period,amount\nNS,2021,-5\n")));
        ImportRequest request = new ImportRequest(csv("c.csv", HEADER + "A,Alpha,1,100,,NS,\n"), parts,
                Map.of("periods", List.of("5")));

        ConvertedPlan converted = TablesToDocument.convert(TabularSources.csv(request));

        assertThat(converted.locate(List.of(
                InEnglish.error("/budgets/0/amount", "must be ≥ 0"),
                InEnglish.error("/calendar/periods", "must be at most 600"))))
                .extracting(error -> error.message().english())
                .containsExactly("part budgets, row 2, column amount: must be ≥ 0",
                        "form field periods: must be at most 600");
    }

    @Test
    void takesFundingSourcesFromTheFundingCellsWhenNoTableListsThem() {
        ConvertedPlan converted = convert(HEADER + "A,Alpha,1,100,,NS_TW,\nB,Beta,1,100,,NS_TINH:0.5;NS_TW:0.5,\n");

        assertThat(converted.document().get("fundingSources").findValuesAsText("id"))
                .containsExactly("NS_TW", "NS_TINH");
        assertThat(converted.document().at("/components/0/funding/NS_TW").intValue()).isEqualTo(1);
    }

    @Test
    void readsSemicolonSeparatedCsvWithAByteOrderMark() {
        byte[] bytes = ("\uFEFFid;name;duration\nA;Alpha;3\n").getBytes(StandardCharsets.UTF_8);

        SheetTable table = CsvTables.read(bytes, CellRef.whole(null)).table().orElseThrow();

        assertThat(table.header()).containsExactly("id", "name", "duration");
        assertThat(table.rows()).singleElement().isEqualTo(new SheetRow(2, Map.of("id", "A", "name", "Alpha",
                "duration", "3")));
    }

    @Test
    void refusesCsvThatIsNotUtf8() {
        byte[] latin1 = "id,name\nA,Nâng cấp\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(CsvTables.read(latin1, CellRef.whole(null)).failure().english()).contains("not UTF-8");
    }

    private static ConvertedPlan convert(String componentsCsv) {
        ImportRequest request = new ImportRequest(csv("components.csv", componentsCsv), Map.of(),
                Map.of("name", List.of("Test"), "periodUnit", List.of("YEAR"), "start", List.of("2021"),
                        "periods", List.of("5")));
        return TablesToDocument.convert(TabularSources.csv(request));
    }

    private static Upload csv(String name, String text) {
        return new Upload(name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    static ImportRequest sampleCsvRequest() {
        Map<String, List<Upload>> parts = new LinkedHashMap<>();
        SampleImportFiles.csvFiles().forEach((table, file) -> {
            if (table != PlanTable.COMPONENTS) {
                parts.put(table.partName(), List.of(new Upload(file.getFileName().toString(), "text/csv",
                        SampleImportFiles.bytes(file))));
            }
        });
        Upload components = new Upload("sample-import.csv", "text/csv",
                SampleImportFiles.bytes(SampleImportFiles.csvFiles().get(PlanTable.COMPONENTS)));
        return new ImportRequest(components, parts, Map.of());
    }

    static Plan examplePlan() throws IOException {
        try (InputStream in = TablesToDocumentTest.class.getResourceAsStream("/plans/example-plan.json")) {
            return new PlanReader().read(in);
        }
    }
}
