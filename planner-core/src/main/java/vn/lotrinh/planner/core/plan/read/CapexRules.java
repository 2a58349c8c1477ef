package vn.lotrinh.planner.core.plan.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import vn.lotrinh.planner.core.plan.CapexEstimate;
import vn.lotrinh.planner.core.plan.Money;

/**
 * The rules for a component's investment, given either as {@code capex} (an amount or {low, likely, high}) with an
 * optional {@code capexProfile} of shares, or as {@code capexByPeriod} amounts; and how it is spread over the
 * implementation periods.
 */
final class CapexRules {

    /** A component without capex costs nothing to build. */
    private static final Points NO_CAPEX = new Points(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    private final Checks checks;

    CapexRules(Checks checks) {
        this.checks = checks;
    }

    /**
     * A component's checked investment.
     *
     * @param highestUnits the highest total the estimate allows (0 for what is invalid): what the plan-wide totals add
     * @param estimate the total, or {@code null} unless the document is clean; no capex at all is an exact 0
     * @param byOffsetMilli the likely capex in each implementation period, summing exactly to the likely total
     * @param shares the share of capex spent in each implementation period, summing to 1
     */
    record Capex(BigDecimal highestUnits, CapexEstimate estimate, List<Long> byOffsetMilli, List<Double> shares) {
    }

    /** A three-point estimate in plan units as read, {@code null} where a point is invalid. */
    private record Points(BigDecimal low, BigDecimal likely, BigDecimal high) {
    }

    Capex check(Scope c, Integer duration) {
        boolean byPeriod = c.has("capexByPeriod");
        if (byPeriod && (c.has("capex") || c.has("capexProfile"))) {
            checks.report(c.pointerTo("capexByPeriod"), Text.format("{0}capexByPeriod replaces capex and capexProfile:"
                    + " give either capexByPeriod, or capex with an optional capexProfile",
                    "{0}capexByPeriod thay cho capex và capexProfile: chỉ nêu capexByPeriod, hoặc capex kèm"
                            + " capexProfile (tùy chọn)", c.subject()));
        }
        Located capexAt = c.member("capex");
        Points points = Checks.absent(capexAt.value()) ? NO_CAPEX : points(capexAt);
        BigDecimal highest = points == null || points.high() == null ? BigDecimal.ZERO : points.high();
        List<BigDecimal> profile = entries(c, "capexProfile", Text.of("a list of shares, one per implementation period",
                "một danh sách tỷ lệ, mỗi kỳ triển khai một tỷ lệ"), Text.of("each capexProfile share",
                "mỗi tỷ lệ của capexProfile"), Text.of("share", "tỷ lệ"), duration, at -> checks.share(at, true));
        if (profile != null && !profile.contains(null)) {
            checks.requireSumOfOne(c.member("capexProfile"), Text.of("capexProfile shares",
                    "các tỷ lệ của capexProfile"), profile);
        }
        List<BigDecimal> amounts = entries(c, "capexByPeriod", Text.of("a list of amounts, one per implementation"
                + " period", "một danh sách số tiền, mỗi kỳ triển khai một số tiền"), Text.of(
                "each capexByPeriod amount", "mỗi số tiền của capexByPeriod"), Text.of("amount", "số tiền"),
                duration, at -> checks.amount(at, true));
        if (amounts != null) {
            highest = highest.max(amounts.stream().filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        if (!checks.isClean()) {
            return new Capex(highest, null, null, null);
        }
        if (amounts != null) {
            return byPeriod(highest, amounts);
        }
        CapexEstimate estimate = new CapexEstimate(Money.toMilli(points.low()), Money.toMilli(points.likely()),
                Money.toMilli(points.high()));
        return profiled(highest, estimate, profile, duration);
    }

    /** {@code capex} as three points, a single amount being all three; {@code null} when it is neither. */
    private Points points(Located capexAt) {
        if (capexAt.value().isObject()) {
            return threePoint(capexAt);
        }
        if (capexAt.value().isNumber()) {
            BigDecimal amount = checks.amount(capexAt, true);
            return new Points(amount, amount, amount);
        }
        checks.wrong(capexAt, Text.of("an amount, or an object {low, likely, high} of amounts",
                "một số tiền, hoặc một đối tượng {low, likely, high} gồm các số tiền"));
        return null;
    }

    private Points threePoint(Located capexAt) {
        BigDecimal low = checks.amount(point(capexAt, "low"), true);
        BigDecimal likely = checks.amount(point(capexAt, "likely"), true);
        BigDecimal high = checks.amount(point(capexAt, "high"), true);
        if (low != null && likely != null && high != null
                && (low.compareTo(likely) > 0 || likely.compareTo(high) > 0)) {
            checks.report(capexAt.pointer(), Text.format(
                    "{0}capex must have low ≤ likely ≤ high, found low {1}, likely {2}, high {3}",
                    "{0}capex phải có low ≤ likely ≤ high, nhưng đang là low {1}, likely {2}, high {3}",
                    capexAt.subject(), low, likely, high));
        }
        return new Points(low, likely, high);
    }

    private static Located point(Located capexAt, String name) {
        return Located.member(capexAt.value(), capexAt.pointer(), capexAt.subject(), name)
                .withLabel(Text.verbatim("capex " + name));
    }

    /**
     * The numbers of a list with one per implementation period, {@code null} each where invalid; {@code null} when the
     * list is absent or not a list.
     */
    private List<BigDecimal> entries(Scope c, String member, Text allowed, Text entryLabel, Text entry,
            Integer duration, Function<Located, BigDecimal> read) {
        Located at = c.member(member);
        JsonNode list = checks.array(at, false, allowed);
        if (list == null) {
            return null;
        }
        List<BigDecimal> numbers = new ArrayList<>();
        for (int k = 0; k < list.size(); k++) {
            Located element = new Located(list.get(k), Pointers.element(at.pointer(), k), c.subject(), entryLabel);
            numbers.add(read.apply(element));
        }
        if (duration != null && list.size() != duration) {
            checks.report(at.pointer(), Text.format(
                    "{0}{1} must have one {2} per implementation period ({3}), found {4}",
                    "{0}{1} phải có một {2} cho mỗi kỳ triển khai ({3}), nhưng có {4}", at.subject(), at.label(),
                    entry, duration, list.size()));
        }
        return numbers;
    }

    /** Capex by period is exact; a total of 0 is spread evenly, so that simulated overruns still have a shape. */
    private static Capex byPeriod(BigDecimal highest, List<BigDecimal> amounts) {
        List<Long> byOffset = amounts.stream().map(Money::toMilli).toList();
        long total = byOffset.stream().mapToLong(Long::longValue).sum();
        int duration = byOffset.size();
        List<Double> shares = byOffset.stream()
                .map(milli -> total == 0 ? 1.0 / duration : (double) milli / total)
                .toList();
        return new Capex(highest, CapexEstimate.exactly(total), byOffset, shares);
    }

    /** Likely capex split by the profile's shares, or evenly without one. */
    private static Capex profiled(BigDecimal highest, CapexEstimate estimate, List<BigDecimal> profile, int duration) {
        double[] shares = new double[duration];
        if (profile == null) {
            Arrays.fill(shares, 1.0 / duration);
        } else {
            double sum = 0;
            for (int k = 0; k < duration; k++) {
                shares[k] = profile.get(k).doubleValue();
                sum += shares[k];
            }
            // The format lets shares miss 1 by 1e-9, which on a large capex would split more or less than the total.
            for (int k = 0; k < duration; k++) {
                shares[k] /= sum;
            }
        }
        List<Long> byOffset = Arrays.stream(Money.split(estimate.likelyMilli(), shares)).boxed().toList();
        return new Capex(highest, estimate, byOffset, Arrays.stream(shares).boxed().toList());
    }
}
