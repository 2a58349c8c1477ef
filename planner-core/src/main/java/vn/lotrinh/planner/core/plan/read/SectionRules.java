package vn.lotrinh.planner.core.plan.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.lotrinh.planner.core.plan.Economics;
import vn.lotrinh.planner.core.plan.EstimateDistribution;
import vn.lotrinh.planner.core.plan.PeriodUnit;
import vn.lotrinh.planner.core.plan.PlanCalendar;

/** The rules for the plan's own members: format and name, currency and money unit, calendar, and economics. */
final class SectionRules {

    static final String FORMAT = "roadmap-plan/1";

    private static final String DEFAULT_CURRENCY = "VND";
    private static final BigDecimal DEFAULT_MONEY_UNIT = BigDecimal.valueOf(1_000_000);
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Text CURRENCY_CODE = Text.of("an ISO 4217 code of three capital letters such as \"VND\"",
            "một mã ISO 4217 gồm ba chữ cái in hoa như \"VND\"");
    private static final BigDecimal MIN_MONEY_UNIT = new BigDecimal("0.000001");
    private static final BigDecimal MIN_RATE = new BigDecimal("-0.5");
    private static final BigDecimal MAX_RATE = BigDecimal.ONE;
    private static final Text RATE = Text.of("a yearly rate from -0.5 to 1 (0.04 is 4 %)",
            "một tỷ lệ năm từ -0.5 đến 1 (0.04 là 4 %)");
    private static final Text YEARS = Text.format("from {0} to {1}", "từ {0} đến {1}", PlanValidator.MIN_YEAR,
            PlanValidator.MAX_YEAR);

    private final Checks checks;

    SectionRules(Checks checks) {
        this.checks = checks;
    }

    PlanHeader header(Scope plan) {
        String format = checks.text(plan.member("format"), true, Checks.quote(FORMAT));
        if (format != null && !format.equals(FORMAT)) {
            checks.wrong(plan.member("format"), Checks.quote(FORMAT));
        }
        String name = checks.text(plan.member("name"), true, 1, PlanValidator.MAX_NAME_CHARS, Checks.NAME);
        String description = checks.text(plan.member("description"), false, Checks.TEXT);
        String currency = checks.text(plan.member("currency"), false, CURRENCY_CODE);
        if (currency != null && !CURRENCY.matcher(currency).matches()) {
            checks.wrong(plan.member("currency"), CURRENCY_CODE);
        }
        BigDecimal moneyUnit = checks.number(plan.member("moneyUnit"), false, MIN_MONEY_UNIT,
                PlanValidator.MAX_AMOUNT_UNITS, Text.of("a number from 0.000001 to 1,000,000,000,000",
                        "một số từ 0.000001 đến 1.000.000.000.000"));
        return new PlanHeader(name, description, currency == null ? DEFAULT_CURRENCY : currency,
                moneyUnit == null ? DEFAULT_MONEY_UNIT : moneyUnit, calendar(plan));
    }

    private PlanCalendar calendar(Scope plan) {
        Located at = plan.member("calendar");
        JsonNode node = checks.object(at, true, Text.of("an object with periodUnit, start and periods",
                "một đối tượng có periodUnit, start và periods"));
        if (node == null) {
            return null;
        }
        Scope calendar = new Scope(node, at.pointer(), Text.of("calendar: ", "lịch: "));
        PeriodUnit unit = checks.choice(calendar.member("periodUnit"), true, PeriodUnit.class);
        Located startAt = calendar.member("start");
        String start = checks.text(startAt, true, startAllowed(unit));
        Integer periods = checks.whole(calendar.member("periods"), true, 1, PlanValidator.MAX_PERIODS,
                Text.of("a whole number from 1 to 600", "một số nguyên từ 1 đến 600"));
        if (unit == null || start == null) {
            return null;
        }
        Optional<PlanCalendar> parsed = PlanCalendar.of(unit, start, periods == null ? 1 : periods)
                .filter(c -> c.firstYear() >= PlanValidator.MIN_YEAR && c.firstYear() <= PlanValidator.MAX_YEAR);
        if (parsed.isEmpty()) {
            checks.wrong(startAt, startAllowed(unit));
            return null;
        }
        return periods == null ? null : parsed.get();
    }

    private static Text startAllowed(PeriodUnit unit) {
        if (unit == null) {
            return Checks.PERIOD_LABEL;
        }
        return switch (unit) {
            case YEAR -> Text.format("a year such as \"2021\" {0}", "một năm như \"2021\" {0}", YEARS);
            case QUARTER -> Text.format("a quarter such as \"2021-Q1\" in a year {0}",
                    "một quý như \"2021-Q1\" trong một năm {0}", YEARS);
            case MONTH -> Text.format("a month such as \"2021-01\" in a year {0}",
                    "một tháng như \"2021-01\" trong một năm {0}", YEARS);
        };
    }

    /** The economics, defaults applied; {@code null} unless the document is clean. */
    Economics economics(Scope plan, PlanCalendar calendar) {
        Located at = plan.member("economics");
        JsonNode node = checks.object(at, false, Checks.OBJECT);
        // Without economics every member is absent, so that each default below applies.
        Scope economics = new Scope(node == null ? MissingNode.getInstance() : node, at.pointer(),
                Text.of("economics: ", "kinh tế: "));
        Integer baseYear = checks.whole(economics.member("baseYear"), false, PlanValidator.MIN_YEAR,
                PlanValidator.MAX_YEAR, Text.format("a year {0}", "một năm {0}", YEARS));
        BigDecimal inflationRate = checks.number(economics.member("inflationRate"), false, MIN_RATE, MAX_RATE, RATE);
        BigDecimal discountRate = checks.number(economics.member("discountRate"), false, MIN_RATE, MAX_RATE, RATE);
        Boolean opexInBudget = checks.bool(economics.member("opexInBudget"), false);
        EstimateDistribution distribution = checks.choice(economics.member("estimateDistribution"), false,
                EstimateDistribution.class);
        BigDecimal costCorrelation = checks.number(economics.member("costCorrelation"), false, BigDecimal.ZERO,
                BigDecimal.ONE, Checks.ZERO_TO_ONE);
        if (!checks.isClean()) {
            return null;
        }
        return new Economics(
                baseYear == null ? calendar.firstYear() : baseYear,
                inflationRate == null ? 0.0 : inflationRate.doubleValue(),
                discountRate == null ? 0.0 : discountRate.doubleValue(),
                opexInBudget == null || opexInBudget,
                distribution == null ? EstimateDistribution.PERT : distribution,
                costCorrelation == null ? 0.0 : costCorrelation.doubleValue());
    }
}
