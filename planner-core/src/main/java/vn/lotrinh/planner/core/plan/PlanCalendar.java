package vn.lotrinh.planner.core.plan;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plan's horizon: {@code periods} consecutive periods of one {@link PeriodUnit}, indexed {@code 0 … periods-1}.
 * Periods are named by labels in the calendar's own notation: {@code "2023"}, {@code "2023-Q2"}, {@code "2023-07"}.
 *
 * @param unit the length of a period
 * @param firstYear the calendar year of period 0
 * @param firstSubPeriod 1-based quarter or month of period 0 within {@code firstYear}; 1 for years
 * @param periods the number of periods in the horizon, 1–600
 */
public record PlanCalendar(PeriodUnit unit, int firstYear, int firstSubPeriod, int periods) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    /** Reads a calendar start label such as {@code "2021-Q1"}; empty when the label does not fit the unit. */
    public static Optional<PlanCalendar> of(PeriodUnit unit, String startLabel, int periods) {
        return parse(unit, startLabel)
                .map(yearAndSub -> new PlanCalendar(unit, yearAndSub[0], yearAndSub[1], periods));
    }

    /** The label of the period with this index, which may lie outside the horizon. */
    public String label(int index) {
        int absolute = absoluteIndex(firstYear, firstSubPeriod) + index;
        int year = Math.floorDiv(absolute, unit.periodsPerYear());
        int sub = Math.floorMod(absolute, unit.periodsPerYear()) + 1;
        return switch (unit) {
            case YEAR -> Integer.toString(year);
            case QUARTER -> year + "-Q" + sub;
            case MONTH -> String.format("%d-%02d", year, sub);
        };
    }

    /** The index of the period with this label when it lies inside the horizon; empty when it is malformed or not. */
    public Optional<Integer> indexInHorizon(String label) {
        int first = absoluteIndex(firstYear, firstSubPeriod);
        return parse(unit, label)
                .map(yearAndSub -> absoluteIndex(yearAndSub[0], yearAndSub[1]) - first)
                .filter(index -> index >= 0 && index < periods);
    }

    /** The fractional calendar year at which the period starts: {@code 2023-Q3 → 2023.5}. */
    public double startYear(int index) {
        int absolute = absoluteIndex(firstYear, firstSubPeriod) + index;
        return (double) absolute / unit.periodsPerYear();
    }

    private int absoluteIndex(int year, int sub) {
        return year * unit.periodsPerYear() + sub - 1;
    }

    private static Optional<int[]> parse(PeriodUnit unit, String label) {
        if (label == null) {
            return Optional.empty();
        }
        Pattern pattern = switch (unit) {
            case YEAR -> YEAR;
            case QUARTER -> QUARTER;
            case MONTH -> MONTH;
        };
        Matcher matcher = pattern.matcher(label);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        int sub = unit == PeriodUnit.YEAR ? 1 : Integer.parseInt(matcher.group(2));
        return Optional.of(new int[] {year, sub});
    }
}
