package vn.lotrinh.planner.api.tables;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes as an uploaded workbook: the importer converts and reads its sheets or refuses it with a {@code 400}
 * ({@link ImportFuzzing}). The corpus ({@code XlsxImportFuzzTestInputs}) runs under {@code mvn test};
 * {@code docs/fuzzing.md} says how to fuzz.
 */
class XlsxImportFuzzTest {

    @FuzzTest
    void importsOrRefusesAnyWorkbook(byte[] input) {
        Upload workbook = new Upload("plan.xlsx", null, input);
        ImportFuzzing.importWithoutStoring(() -> TabularSources.xlsx(workbook));
    }
}
