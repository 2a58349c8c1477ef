package vn.lotrinh.planner.api.tables;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.lotrinh.planner.core.plan.read.PlanError;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * What an import could not convert at all: each error told as the cell it comes from, and the cells that failed, whose
 * validation errors would only repeat it.
 */
final class ConversionFailures {

    private final List<PlanError> errors = new ArrayList<>();
    private final Set<CellRef> cells = new HashSet<>();

    /** Records that the cell, whose value fills {@code pointer}, cannot be converted. */
    void fail(CellRef cell, String pointer, Text message) {
        errors.add(new PlanError(pointer, Text.format("{0}: {1}", "{0}: {1}", cell.describe(), message)));
        cells.add(cell);
    }

    /** Marks a cell as failed without an error of its own, e.g. every cell of a missing column. */
    void silence(CellRef cell) {
        cells.add(cell);
    }

    List<PlanError> errors() {
        return errors;
    }

    Set<CellRef> cells() {
        return cells;
    }
}
