package vn.lotrinh.planner.api.tables;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.List;
import java.util.function.Supplier;
import vn.lotrinh.planner.api.plan.PlanDocument;
import vn.lotrinh.planner.core.plan.read.InvalidPlanException;
import vn.lotrinh.planner.core.plan.read.PlanError;
import vn.lotrinh.planner.core.plan.read.PlanReader;

/**
 * The importer's work on a file short of storing it, as {@link PlanImportService} does it: gather the tables, convert
 * them into a document, read the document and locate its errors in the file. The only exception it may end with is
 * {@link InvalidPlanException}, the importer's {@code 400}, with located errors; anything else is a crash.
 */
final class ImportFuzzing {

    private static final PlanReader READER = new PlanReader();

    private ImportFuzzing() {
    }

    static void importWithoutStoring(Supplier<TabularSource> tables) {
        try {
            ConvertedPlan converted = TablesToDocument.convert(tables.get());
            PlanDocument.of(converted.document());
            try {
                READER.read(converted.document());
            } catch (InvalidPlanException e) {
                assertPointers(converted.locate(e.errors()));
            }
            assertPointers(converted.errors());
        } catch (InvalidPlanException e) {
            assertThat(e.errors()).isNotEmpty();
            assertPointers(e.errors());
        }
    }

    private static void assertPointers(List<PlanError> errors) {
        errors.forEach(error -> JsonPointer.compile(error.pointer()));
    }
}
