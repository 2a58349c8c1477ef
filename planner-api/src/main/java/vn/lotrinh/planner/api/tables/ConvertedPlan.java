package vn.lotrinh.planner.api.tables;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lotrinh.planner.core.plan.read.PlanError;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * A CSV or Excel import converted into a {@code roadmap-plan/1} document, with where each part of the document came
 * from, so that the format's errors can be told as rows and columns.
 *
 * @param errors what could not be converted at all (a cell that is not a number …), already located
 * @param locations JSON Pointer into {@code document} → the cell, row or table it came from
 * @param failedCells cells with a conversion error, whose validation errors would only repeat it
 */
record ConvertedPlan(ObjectNode document, List<PlanError> errors, Map<String, CellRef> locations,
        Set<CellRef> failedCells) {

    /** The format's errors about {@code document}, each told as the place in the file it comes from. */
    List<PlanError> locate(List<PlanError> validationErrors) {
        List<PlanError> located = new ArrayList<>();
        for (PlanError error : validationErrors) {
            CellRef where = locationOf(error.pointer());
            if (failedCells.contains(where) || failedCells.contains(new CellRef(where.source(), 0, where.column()))) {
                continue;
            }
            located.add(new PlanError(error.pointer(), Text.format("{0}: {1}", "{0}: {1}", where.describe(),
                    error.message())));
        }
        return located;
    }

    /** The location of the longest registered prefix of the pointer: a field's cell, else its row, else its table. */
    CellRef locationOf(String pointer) {
        String prefix = pointer;
        while (!locations.containsKey(prefix) && !prefix.isEmpty()) {
            prefix = prefix.substring(0, prefix.lastIndexOf('/'));
        }
        return locations.getOrDefault(prefix, CellRef.whole(null));
    }
}
