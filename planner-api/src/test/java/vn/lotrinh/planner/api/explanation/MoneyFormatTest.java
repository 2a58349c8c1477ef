package vn.lotrinh.planner.api.explanation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import vn.lotrinh.planner.api.system.Language;
import vn.lotrinh.planner.api.system.MessagesConfiguration;

class MoneyFormatTest {

    private static final MessageSource MESSAGES = new MessagesConfiguration().messageSource();
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    @Test
    void writesMillionsOfDongWithDotsForThousandsAndACommaForDecimals() {
        MoneyFormat money = MoneyFormat.of("VND", MILLION, Language.VI, MESSAGES);

        assertThat(money.amount(new BigDecimal("50300"))).isEqualTo("50.300 triệu đồng");
        assertThat(money.amount(new BigDecimal("12345.6"))).isEqualTo("12.345,6 triệu đồng");
        assertThat(money.amount(new BigDecimal("24500.001"))).isEqualTo("24.500,001 triệu đồng");
        assertThat(money.amount(new BigDecimal("999.000"))).isEqualTo("999 triệu đồng");
        assertThat(money.amount(BigDecimal.ZERO)).isEqualTo("0 triệu đồng");
        assertThat(money.bareAmount(new BigDecimal("1300"))).isEqualTo("1.300");
        assertThat(money.unit()).isEqualTo("triệu đồng");
    }

    @Test
    void writesMillionsOfVndInEnglishWithCommasForThousandsAndAPointForDecimals() {
        MoneyFormat money = MoneyFormat.of("VND", MILLION, Language.EN, MESSAGES);

        assertThat(money.amount(new BigDecimal("50300"))).isEqualTo("50,300 million VND");
        assertThat(money.amount(new BigDecimal("12345.6"))).isEqualTo("12,345.6 million VND");
        assertThat(money.bareAmount(new BigDecimal("1300"))).isEqualTo("1,300");
    }

    @Test
    void keepsThePlansUnitHoweverLargeTheAmount() {
        MoneyFormat money = MoneyFormat.of("VND", MILLION, Language.VI, MESSAGES);

        assertThat(money.amount(new BigDecimal("1250000"))).isEqualTo("1.250.000 triệu đồng");
        assertThat(money.amount(new BigDecimal("1234567890.5"))).isEqualTo("1.234.567.890,5 triệu đồng");
    }

    @Test
    void namesTheScaleOfAThousandAMillionOrABillionOfTheCurrency() {
        assertThat(MoneyFormat.of("VND", BigDecimal.ONE, Language.VI, MESSAGES).amount(new BigDecimal("50300")))
                .isEqualTo("50.300 đồng");
        assertThat(MoneyFormat.of("VND", BigDecimal.valueOf(1_000), Language.VI, MESSAGES).unit())
                .isEqualTo("nghìn đồng");
        assertThat(MoneyFormat.of("VND", BigDecimal.valueOf(1_000_000_000), Language.VI, MESSAGES).unit())
                .isEqualTo("tỷ đồng");
        assertThat(MoneyFormat.of("VND", BigDecimal.valueOf(1_000_000_000), Language.EN, MESSAGES).unit())
                .isEqualTo("billion VND");
        assertThat(MoneyFormat.of("USD", BigDecimal.valueOf(1_000), Language.VI, MESSAGES).unit())
                .isEqualTo("nghìn USD");
        assertThat(MoneyFormat.of("USD", BigDecimal.valueOf(1_000), Language.EN, MESSAGES).unit())
                .isEqualTo("thousand USD");
    }

    @Test
    void convertsAnyOtherUnitToTheLargestNamedScaleNotAboveIt() {
        MoneyFormat halfMillions = MoneyFormat.of("VND", BigDecimal.valueOf(500_000), Language.VI, MESSAGES);
        MoneyFormat halves = MoneyFormat.of("VND", new BigDecimal("0.5"), Language.VI, MESSAGES);

        assertThat(halfMillions.amount(BigDecimal.valueOf(3))).isEqualTo("1.500 nghìn đồng");
        assertThat(halfMillions.bareAmount(new BigDecimal("0.001"))).isEqualTo("0,5");
        assertThat(halves.amount(BigDecimal.valueOf(3))).isEqualTo("1,5 đồng");
    }

    @Test
    void writesNumbersWithoutAUnitTheSameWay() {
        MoneyFormat vietnamese = MoneyFormat.of("VND", MILLION, Language.VI, MESSAGES);
        MoneyFormat english = MoneyFormat.of("VND", MILLION, Language.EN, MESSAGES);

        assertThat(vietnamese.number(new BigDecimal("-1234.5"))).isEqualTo("-1.234,5");
        assertThat(vietnamese.number(new BigDecimal("100"))).isEqualTo("100");
        assertThat(vietnamese.number(new BigDecimal("1E+3"))).isEqualTo("1.000");
        assertThat(english.number(new BigDecimal("1234567.25"))).isEqualTo("1,234,567.25");
    }
}
