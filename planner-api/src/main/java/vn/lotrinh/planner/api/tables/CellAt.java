package vn.lotrinh.planner.api.tables;

/**
 * A cell being read into the document: where it is, and the JSON Pointer its value fills, so that a cell that cannot
 * be read is told by both.
 */
record CellAt(CellRef cell, String pointer, ConversionFailures failures) {

    void fail(String message) {
        failures.fail(cell, pointer, message);
    }
}
