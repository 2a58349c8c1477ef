package vn.lotrinh.planner.api.tables;

/**
 * A sheet the importer will not read: beyond one of the {@link ImportLimits}, or holding a formula saved without its
 * result. The message names the sheet, the row and, where there is one, the column.
 */
final class UnreadableTableException extends RuntimeException {

    UnreadableTableException(String message) {
        super(message);
    }
}
