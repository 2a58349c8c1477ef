package vn.lotrinh.planner.api.tables;

/**
 * Where a value of an imported file came from, as a user finds it: {@code sheet Components, row 17, column
 * capex_high}. Rows are numbered as a spreadsheet shows them, the header being row 1.
 *
 * @param source the sheet, CSV part or form field, or {@code null} for the main CSV file
 * @param row the row number, or 0 for the whole source
 * @param column the column name, or {@code null} for the whole row
 */
record CellRef(String source, int row, String column) {

    static CellRef whole(String source) {
        return new CellRef(source, 0, null);
    }

    CellRef row(int number) {
        return new CellRef(source, number, null);
    }

    CellRef column(String name) {
        return new CellRef(source, row, name);
    }

    String describe() {
        StringBuilder text = new StringBuilder();
        if (source != null) {
            text.append(source);
        }
        if (row > 0) {
            text.append(text.isEmpty() ? "" : ", ").append("row ").append(row);
        }
        if (column != null) {
            text.append(text.isEmpty() ? "" : ", ").append("column ").append(column);
        }
        return text.isEmpty() ? "the file" : text.toString();
    }
}
