package vn.lotrinh.planner.api.importing;

/** One plan setting of an import ({@code periods = 5}) and where it was given. */
record Setting(String field, String value, CellRef location) {
}
