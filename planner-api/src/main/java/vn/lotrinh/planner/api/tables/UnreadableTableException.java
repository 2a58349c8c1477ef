package vn.lotrinh.planner.api.tables;

import vn.lotrinh.planner.core.plan.read.Text;

/**
 * A sheet the importer will not read: beyond one of the {@link ImportLimits}, or holding a formula saved without its
 * result. The message names the sheet, the row and, where there is one, the column.
 */
final class UnreadableTableException extends RuntimeException {

    private final transient Text reason;

    /** @param at where in the sheet, {@code sheet Components, row 7} */
    UnreadableTableException(CellRef at, Text reason) {
        this(Text.format("{0}: {1}", "{0}: {1}", at.describe(), reason));
    }

    private UnreadableTableException(Text reason) {
        super(reason.english());
        this.reason = reason;
    }

    Text reason() {
        return reason;
    }
}
