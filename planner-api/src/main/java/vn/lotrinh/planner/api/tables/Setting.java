package vn.lotrinh.planner.api.tables;

/** One plan setting of an import ({@code periods = 5}) and where it was given. */
record Setting(String field, String value, CellRef location) {
}
