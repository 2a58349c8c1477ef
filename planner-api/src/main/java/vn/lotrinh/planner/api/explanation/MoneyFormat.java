package vn.lotrinh.planner.api.explanation;

import java.math.BigDecimal;
import org.springframework.context.MessageSource;
import vn.lotrinh.planner.api.system.Language;

/**
 * Writes a plan's amounts and other numbers the way finance staff write them: thousands grouped and decimals as the
 * language does ({@code 50.300} and {@code 12,5} in Vietnamese, {@code 50,300} and {@code 12.5} in English), no
 * needless decimals, and money followed by its unit ({@code 50.300 triệu đồng}, {@code 50,300 million VND}).
 *
 * <p>Money is written in the plan's own unit when that is a thousand, a million or a billion of its currency, and it
 * is never rescaled: a plan's tables state one unit ("Đơn vị: triệu đồng"), and the need, cap and excess of one
 * sentence must compare at a glance, so a plan in million VND reads {@code 1.250.000 triệu đồng}, not
 * {@code 1.250 tỷ đồng}. Any other unit is converted to the largest of these (or the currency itself) not above it:
 * with a unit of 500,000 VND, 3 units read {@code 1.500 nghìn đồng}. Amounts are exact (the core keeps them to the
 * thousandth of a unit), so nothing is rounded.
 */
final class MoneyFormat {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

    private final Language language;
    /** What one plan unit is in the unit written. */
    private final BigDecimal factor;
    private final String unit;

    private MoneyFormat(Language language, BigDecimal factor, String unit) {
        this.language = language;
        this.factor = factor;
        this.unit = unit;
    }

    /**
     * @param currency the plan's ISO 4217 currency
     * @param moneyUnit what one unit of the plan's amounts is worth in {@code currency}
     */
    static MoneyFormat of(String currency, BigDecimal moneyUnit, Language language, MessageSource messages) {
        String scaleKey;
        BigDecimal scale;
        if (moneyUnit.compareTo(BILLION) >= 0) {
            scaleKey = "money.scale.billion";
            scale = BILLION;
        } else if (moneyUnit.compareTo(MILLION) >= 0) {
            scaleKey = "money.scale.million";
            scale = MILLION;
        } else if (moneyUnit.compareTo(THOUSAND) >= 0) {
            scaleKey = "money.scale.thousand";
            scale = THOUSAND;
        } else {
            scaleKey = null;
            scale = BigDecimal.ONE;
        }
        String currencyName = messages.getMessage("money.currency." + currency, null, currency, language.locale());
        String unit = scaleKey == null ? currencyName
                : messages.getMessage(scaleKey, null, language.locale()) + " " + currencyName;
        return new MoneyFormat(language, moneyUnit.divide(scale), unit);
    }

    /** An amount in plan units with its unit: {@code 50.300 triệu đồng}. */
    String amount(BigDecimal units) {
        return bareAmount(units) + " " + unit;
    }

    /** An amount in plan units without its unit, in the unit {@link #amount} writes: {@code 1.300}. */
    String bareAmount(BigDecimal units) {
        return number(units.multiply(factor));
    }

    /** A number as the language writes it: {@code 1.234,5} in Vietnamese. */
    String number(BigDecimal value) {
        String plain = value.stripTrailingZeros().toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        StringBuilder written = new StringBuilder(negative ? "-" : "");
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                written.append(language.groupingSeparator());
            }
            written.append(whole.charAt(i));
        }
        if (point >= 0) {
            written.append(language.decimalSeparator()).append(digits, point + 1, digits.length());
        }
        return written.toString();
    }

    /** The unit amounts are written in: {@code triệu đồng}, {@code million VND}. */
    String unit() {
        return unit;
    }
}
