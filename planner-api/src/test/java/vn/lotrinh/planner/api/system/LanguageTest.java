package vn.lotrinh.planner.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void vietnameseWithoutAnAcceptLanguage() {
        assertThat(Language.of(null)).isEqualTo(Language.VI);
        assertThat(Language.of(" ")).isEqualTo(Language.VI);
    }

    @Test
    void englishWhenTheReaderPrefersItInAnyVariant() {
        assertThat(Language.of("en")).isEqualTo(Language.EN);
        assertThat(Language.of("en-US,en;q=0.9")).isEqualTo(Language.EN);
        assertThat(Language.of("fr-FR, en;q=0.5")).isEqualTo(Language.EN);
    }

    @Test
    void theLanguagePreferredMostWins() {
        assertThat(Language.of("en;q=0.5, vi")).isEqualTo(Language.VI);
        assertThat(Language.of("vi-VN,vi;q=0.9,en;q=0.8")).isEqualTo(Language.VI);
        assertThat(Language.of("en;q=0, vi;q=0.1")).isEqualTo(Language.VI);
    }

    @Test
    void vietnameseForALanguageThereIsNoTextInOrAnUnreadableHeader() {
        assertThat(Language.of("de")).isEqualTo(Language.VI);
        assertThat(Language.of("*")).isEqualTo(Language.VI);
        assertThat(Language.of("en;q=0")).isEqualTo(Language.VI);
        assertThat(Language.of("en;q=x")).isEqualTo(Language.VI);
    }

    @Test
    void answersItsTagForContentLanguage() {
        assertThat(Language.VI.tag()).isEqualTo("vi");
        assertThat(Language.EN.tag()).isEqualTo("en");
    }
}
