package vn.lotrinh.planner.api.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.roadmap.Roadmap;

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
    void readsARoadmapStoredWithItsReasonsViolationsAndChangesInEnglishOnly() throws Exception {
        String stored = "{\"objective\":\"MAX_VALUE\",\"score\":\"-1hard/0medium/5soft\",\"feasible\":false,"
                + "\"objectiveValue\":5,\"assignments\":[{\"componentId\":\"IOC\",\"deferred\":true,"
                + "\"reasons\":[\"starting 2024 breaks budget NS_TINH 2024: 41000 of 40000\"]}],"
                + "\"violations\":[\"TTDL is MUST but deferred\"],\"changes\":[{\"componentId\":\"IOC\","
                + "\"from\":\"2023\",\"to\":null,\"kind\":\"DEFERRED\",\"reason\":\"deferred for a gain\"}]}";

        Roadmap read = storing.readValue(stored, Roadmap.class);

        assertThat(read.assignments().get(0).reasons())
                .containsExactly(Text.verbatim("starting 2024 breaks budget NS_TINH 2024: 41000 of 40000"));
        assertThat(read.violations()).containsExactly(Text.verbatim("TTDL is MUST but deferred"));
        assertThat(read.changes().get(0).reason()).isEqualTo(Text.verbatim("deferred for a gain"));
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
