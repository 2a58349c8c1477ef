package vn.lotrinh.planner.core.plan;

/**
 * A criterion that leadership weighs components by (alignment with the national framework, citizen impact, legal
 * mandate…).
 *
 * @param name the name in Vietnamese, diacritics intact
 * @param nameEn the name in English, or {@code null} when the plan gives none
 */
public record Criterion(String id, String name, String nameEn) {
}
