package vn.lotrinh.planner.api.tables;

import java.time.Duration;

/**
 * An import has been answered: from which kind of file ({@code json}, {@code csv}, {@code xlsx}), whether a plan was
 * stored, and how long reading, checking and storing took.
 */
public record PlanImported(String format, boolean stored, Duration took) {
}
