package vn.lotrinh.planner.api.tables;

import java.math.BigDecimal;

/** A cell of an exported table: text, or a number or truth value that a workbook keeps typed. */
sealed interface CellValue permits CellValue.Text, CellValue.Decimal, CellValue.Flag {

    /** An empty cell: the value is absent. */
    CellValue BLANK = new Text("");

    /** The cell as a CSV file holds it: numbers in plain notation ({@code 1000}, not {@code 1E+3}). */
    String text();

    record Text(String text) implements CellValue {
    }

    record Decimal(BigDecimal value) implements CellValue {

        @Override
        public String text() {
            return value.toPlainString();
        }
    }

    record Flag(boolean value) implements CellValue {

        @Override
        public String text() {
            return Boolean.toString(value);
        }
    }
}
