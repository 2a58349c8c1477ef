package vn.lotrinh.planner.api.tables;

import vn.lotrinh.planner.core.plan.read.Text;

/**
 * A cell being read into the document: where it is, and the JSON Pointer its value fills, so that a cell that cannot
 * be read is told by both.
 */
record CellAt(CellRef cell, String pointer, ConversionFailures failures) {

    void fail(Text message) {
        failures.fail(cell, pointer, message);
    }
}
