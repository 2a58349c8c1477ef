package vn.lotrinh.planner.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV cells that a spreadsheet would run as formulas go out as text, and come back as they were. */
class FormulaSafeTest {

    @Test
    void textThatStartsAFormulaGoesOutBehindAQuoteAndComesBackWithout() {
        for (String text : List.of("=HYPERLINK(\"http://x\")", "+84 912", "-Nâng cấp", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(FormulaSafe.forCsv(text)).as(text).isEqualTo("'" + text);
            assertThat(FormulaSafe.fromCsv(FormulaSafe.forCsv(text))).as(text).isEqualTo(text);
        }
    }

    @Test
    void otherTextIsLeftAsItIs() {
        for (String text : List.of("Kho dữ liệu", "", "'quoted", "'", "2023", "a=b")) {
            assertThat(FormulaSafe.forCsv(text)).as(text).isEqualTo(text);
            assertThat(FormulaSafe.fromCsv(text)).as(text).isEqualTo(text);
        }
    }

    @Test
    void aReportWritesNumbersAsNumbersAndFormulaTextAsText() {
        ReportTable table = new ReportTable("Roadmap", List.of("name", "difference"),
                List.of(List.of("=HYPERLINK(\"http://x\")", new BigDecimal("-5"))));

        String csv = new String(ReportFiles.csv(table), StandardCharsets.UTF_8);

        assertThat(csv.lines().toList().get(1)).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\",-5");
    }
}
