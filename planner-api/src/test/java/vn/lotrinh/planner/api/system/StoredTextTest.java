package vn.lotrinh.planner.api.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.plan.read.Text;

class StoredTextTest {

    /** As the service's mapper: a text written in one language, the reader's. */
    private final ObjectMapper answering = new ObjectMapper()
            .registerModule(new SimpleModule().addSerializer(Text.class, new TextJson()));
    private final ObjectMapper storing = StoredText.storing(answering);

    private record Held(Text reason) {
    }

    @Test
    void storesBothLanguagesAndReadsThemBack() throws Exception {
        Held held = new Held(Text.of("no roadmap yet", "chưa có lộ trình"));

        String stored = storing.writeValueAsString(held);

        assertThat(stored).isEqualTo("{\"reason\":{\"english\":\"no roadmap yet\",\"vietnamese\":\"chưa có lộ trình\"}}");
        assertThat(storing.readValue(stored, Held.class)).isEqualTo(held);
    }

    @Test
    void readsAPlainStringStoredBeforeTheTextKnewTwoLanguagesAsTheSameWordsInBoth() throws Exception {
        Held read = storing.readValue("{\"reason\":\"the exact search is still proving\"}", Held.class);

        assertThat(read.reason()).isEqualTo(Text.verbatim("the exact search is still proving"));
    }

    @Test
    void refusesAStoredTextWithoutBothLanguages() {
        assertThatThrownBy(() -> storing.readValue("{\"reason\":{\"english\":\"only this\"}}", Held.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void leavesTheMapperItCopiedAnsweringInOneLanguage() throws Exception {
        assertThat(answering.writeValueAsString(new Held(Text.of("no roadmap yet", "chưa có lộ trình"))))
                .isEqualTo("{\"reason\":\"chưa có lộ trình\"}");
    }
}
