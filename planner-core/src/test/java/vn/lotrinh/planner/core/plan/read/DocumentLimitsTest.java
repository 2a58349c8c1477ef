package vn.lotrinh.planner.core.plan.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** A document beyond a {@link DocumentLimits} limit is refused naming the limit, and one at the limit is read. */
class DocumentLimitsTest {

    private final PlanReader reader = new PlanReader();

    @Test
    void refusesADocumentNestedDeeperThanTheLimitNamingTheDepth() {
        String nested = "[".repeat(DocumentLimits.MAX_NESTING_DEPTH + 1) + "]".repeat(DocumentLimits.MAX_NESTING_DEPTH
                + 1);

        InvalidPlanException refused = refused("{\"format\": " + nested + "}");

        assertThat(refused.errors()).singleElement().satisfies(error -> {
            assertThat(error.pointer()).isEmpty();
            assertThat(error.message().english()).contains("nesting depth").contains("exceeds the maximum allowed (64")
                    .doesNotContain("StreamReadConstraints");
        });
    }

    @Test
    void parsesADocumentNestedExactlyToTheLimit() {
        int arrays = DocumentLimits.MAX_NESTING_DEPTH - 1;
        String nested = "[".repeat(arrays) + "]".repeat(arrays);

        assertThatCode(() -> PlanReader.parse("{\"padding\": " + nested + "}")).doesNotThrowAnyException();
    }

    @Test
    void refusesATextLongerThanTheLimitNamingTheLength() {
        String name = "x".repeat(DocumentLimits.MAX_STRING_CHARS + 1);

        InvalidPlanException refused = refused("{\"name\": \"" + name + "\"}");

        assertThat(refused.errors()).singleElement().satisfies(error ->
                assertThat(error.message().english()).contains("String value length").contains("(100000"));
    }

    @Test
    void refusesANumberLongerThanTheLimit() {
        String number = "1".repeat(DocumentLimits.MAX_NUMBER_CHARS + 1);

        InvalidPlanException refused = refused("{\"periods\": " + number + "}");

        assertThat(refused.errors()).singleElement().satisfies(error ->
                assertThat(error.message().english()).contains("Number value length"));
    }

    @Test
    void refusesAMemberNameLongerThanTheLimit() {
        String member = "m".repeat(DocumentLimits.MAX_NAME_CHARS + 1);

        InvalidPlanException refused = refused("{\"" + member + "\": 1}");

        assertThat(refused.errors()).singleElement().satisfies(error ->
                assertThat(error.message().english()).contains("Name length"));
    }

    private InvalidPlanException refused(String json) {
        return catchThrowableOfType(InvalidPlanException.class, () -> reader.read(json));
    }
}
