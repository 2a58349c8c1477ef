package vn.lotrinh.planner.api.tables;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One entry of the {@link ColumnMapping}: a column of a table, or a setting of the {@code Plan} table.
 *
 * @param name the column's header ({@code capex_high}), or the setting's name in the {@code field} column
 *     ({@code moneyUnit})
 * @param path JSON Pointer of the value: from a row's object for a column ({@code /capex/high}), from the document
 *     for a setting ({@code /economics/baseYear}); objects on the way are created as values arrive
 * @param kind how the cell's text stands for the value
 * @param required whether a table must have the column (a setting never is: the format says which it needs)
 */
record Column(String name, String path, CellKind kind, boolean required) {

    /** The path of the object that holds the value: {@code /capex} for {@code /capex/high}. */
    String parentPath() {
        return path.substring(0, path.lastIndexOf('/'));
    }

    /**
     * The value this column shows of {@code object}, missing when absent. An estimate given as a plain number is its
     * likely point, without bounds.
     */
    JsonNode valueIn(JsonNode object) {
        if (kind.isEstimatePoint() && object.at(parentPath()).isNumber()) {
            return kind == CellKind.ESTIMATE_LIKELY ? object.at(parentPath()) : MissingNode.getInstance();
        }
        return object.at(path);
    }

    /** Sets {@code value} at {@code path} in {@code object}, creating the objects on the way. */
    static void put(ObjectNode object, String path, JsonNode value) {
        JsonPointer pointer = JsonPointer.compile(path);
        object.withObject(pointer.head()).set(pointer.last().getMatchingProperty(), value);
    }
}
