package vn.lotrinh.planner.core.plan.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.util.List;
import vn.lotrinh.planner.core.plan.Plan;

/**
 * Any bytes given to the plan reader either become a plan or are refused with {@link InvalidPlanException}, whose
 * errors carry valid JSON Pointers; and the validator finds errors in a parsed document exactly when the reader
 * refuses it, the same errors. Anything else thrown is a crash. The corpus ({@code PlanReaderFuzzTestInputs}) runs
 * under {@code mvn test}; {@code docs/fuzzing.md} says how to fuzz.
 */
class PlanReaderFuzzTest {

    private static final PlanReader READER = new PlanReader();
    private static final PlanValidator VALIDATOR = new PlanValidator();

    @FuzzTest
    void readsOrRefusesAnyBytes(byte[] input) {
        JsonNode document;
        try {
            document = PlanReader.parse(new ByteArrayInputStream(input));
        } catch (InvalidPlanException e) {
            assertLocated(e.errors());
            return;
        }
        List<PlanError> found = VALIDATOR.validate(document);
        try {
            Plan plan = READER.read(document);
            assertThat(plan).isNotNull();
            assertThat(found).as("validator errors of a document the reader builds").isEmpty();
        } catch (InvalidPlanException e) {
            assertLocated(e.errors());
            assertThat(e.errors()).as("reader errors").isEqualTo(found);
        }
    }

    private static void assertLocated(List<PlanError> errors) {
        assertThat(errors).isNotEmpty();
        errors.forEach(error -> JsonPointer.compile(error.pointer()));
    }
}
