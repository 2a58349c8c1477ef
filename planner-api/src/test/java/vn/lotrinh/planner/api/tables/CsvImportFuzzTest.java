package vn.lotrinh.planner.api.tables;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lotrinh.planner.api.ApiClient;

/**
 * Any bytes as one CSV table of an import, the other tables being the sample's: the importer converts and reads them
 * or refuses them with a {@code 400} ({@link ImportFuzzing}). The input's first byte chooses the table (0: the
 * components, 1–6: the parts below), the rest is the file. The corpus ({@code CsvImportFuzzTestInputs}) runs under
 * {@code mvn test}; {@code docs/fuzzing.md} says how to fuzz.
 */
class CsvImportFuzzTest {

    private static final Map<String, byte[]> SAMPLE = sampleParts();
    private static final List<String> PARTS = List.copyOf(SAMPLE.keySet());

    @FuzzTest
    void importsOrRefusesAnyCsvTable(byte[] input) {
        if (input.length == 0) {
            return;
        }
        int chosen = Byte.toUnsignedInt(input[0]) % (PARTS.size() + 1);
        byte[] file = Arrays.copyOfRange(input, 1, input.length);
        Map<String, List<Upload>> parts = new LinkedHashMap<>();
        SAMPLE.forEach((part, bytes) -> parts.put(part, List.of(new Upload(part + ".csv", "text/csv",
                PARTS.indexOf(part) + 1 == chosen ? file : bytes))));
        Upload components = new Upload("components.csv", "text/csv",
                chosen == 0 ? file : ApiClient.data("sample-import.csv"));
        ImportFuzzing.importWithoutStoring(() -> TabularSources.csv(new ImportRequest(components, parts, Map.of())));
    }

    private static Map<String, byte[]> sampleParts() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("plan", ApiClient.data("sample-import-plan.csv"));
        parts.put("budgets", ApiClient.data("sample-import-budgets.csv"));
        parts.put("fundingSources", ApiClient.data("sample-import-funding-sources.csv"));
        parts.put("phases", ApiClient.data("sample-import-phases.csv"));
        parts.put("resources", ApiClient.data("sample-import-resources.csv"));
        parts.put("capacities", ApiClient.data("sample-import-capacities.csv"));
        return parts;
    }
}
