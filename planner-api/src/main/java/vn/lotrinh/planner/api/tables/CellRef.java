package vn.lotrinh.planner.api.tables;

import java.util.ArrayList;
import java.util.List;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * Where a value of an imported file came from, as a user finds it: {@code sheet Components, row 17, column
 * capex_high}. Rows are numbered as a spreadsheet shows them, the header being row 1.
 *
 * @param source the sheet, CSV part or form field, or {@code null} for the main CSV file
 * @param row the row number, or 0 for the whole source
 * @param column the column name, or {@code null} for the whole row
 */
record CellRef(Text source, int row, String column) {

    static CellRef whole(Text source) {
        return new CellRef(source, 0, null);
    }

    CellRef row(int number) {
        return new CellRef(source, number, null);
    }

    CellRef column(String name) {
        return new CellRef(source, row, name);
    }

    Text describe() {
        List<Text> parts = new ArrayList<>();
        if (source != null) {
            parts.add(source);
        }
        if (row > 0) {
            parts.add(Text.format("row {0}", "hàng {0}", row));
        }
        if (column != null) {
            parts.add(Text.format("column {0}", "cột {0}", column));
        }
        return parts.isEmpty() ? Text.of("the file", "tệp") : Text.join(parts, Text.verbatim(", "));
    }

    /** {@code sheet Components}, as a source is named. */
    static Text sheet(String name) {
        return Text.format("sheet {0}", "trang tính {0}", name);
    }

    /** {@code part budgets}, a CSV file of a multipart import. */
    static Text part(String name) {
        return Text.format("part {0}", "phần {0}", name);
    }

    /** {@code form field name}. */
    static Text formField(String name) {
        return Text.format("form field {0}", "trường biểu mẫu {0}", name);
    }
}
