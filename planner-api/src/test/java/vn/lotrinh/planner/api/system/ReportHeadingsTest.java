package vn.lotrinh.planner.api.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;

/** Sheets and columns titled for people, keys made of parts titled by their parts. */
class ReportHeadingsTest {

    private final ReportHeadings headings = new ReportHeadings(new MessagesConfiguration().messageSource());
    private final ReportTitles vietnamese = headings.in(Optional.of(Language.VI));
    private final ReportTitles english = headings.in(Optional.of(Language.EN));

    @Test
    void withoutALanguageTheKeysStay() {
        ReportTitles keys = headings.in(Optional.empty());

        assertThat(keys.sheet("Roadmap")).isEqualTo("Roadmap");
        assertThat(keys.column("NS_TINH.spend")).isEqualTo("NS_TINH.spend");
    }

    @Test
    void sheetsAndColumnsHaveTheirTitles() {
        assertThat(vietnamese.sheet("Roadmap")).isEqualTo("Lộ trình");
        assertThat(vietnamese.column("start")).isEqualTo("Kỳ bắt đầu");
        assertThat(english.sheet("FundingSources")).isEqualTo("By funding source");
        assertThat(english.column("opex_in_horizon")).isEqualTo("Operating cost in the horizon");
    }

    @Test
    void aLayerColumnIsTitledByItsLayer() {
        assertThat(vietnamese.column("layer.DATA")).isEqualTo("Tầng Dữ liệu");
        assertThat(english.column("layer.SECURITY")).isEqualTo("Security layer");
    }

    @Test
    void aFundingSourceColumnKeepsTheSourceAndTitlesTheFigureEvenWhenTheIdHasDots() {
        assertThat(vietnamese.column("NS_TINH.prob_over_budget")).isEqualTo("NS_TINH: Xác suất vượt trần");
        assertThat(english.column("ODA.2.headroom")).isEqualTo("ODA.2: Headroom");
    }

    @Test
    void aCriterionShareNamesTheCriterion() {
        assertThat(vietnamese.column("share.cost")).isEqualTo("Tỷ trọng tiêu chí cost");
    }

    @Test
    void aKeyWithoutATitleIsABugNotAnUntitledColumn() {
        assertThatThrownBy(() -> vietnamese.column("no_such_column")).isInstanceOf(NoSuchMessageException.class);
        assertThatThrownBy(() -> english.column("NS_TINH.no_such_figure"))
                .isInstanceOf(NoSuchMessageException.class);
        assertThatThrownBy(() -> english.sheet("NoSuchSheet")).isInstanceOf(NoSuchMessageException.class);
    }
}
