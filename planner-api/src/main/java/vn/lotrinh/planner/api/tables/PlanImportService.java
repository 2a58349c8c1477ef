package vn.lotrinh.planner.api.tables;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.lotrinh.planner.api.plan.PlanDocument;
import vn.lotrinh.planner.api.plan.PlanService;
import vn.lotrinh.planner.api.plan.StoredPlan;
import vn.lotrinh.planner.api.system.InvalidRequestException;
import vn.lotrinh.planner.core.plan.read.InvalidPlanException;
import vn.lotrinh.planner.core.plan.read.PlanError;
import vn.lotrinh.planner.core.plan.read.PlanReader;

/**
 * Imports a plan from a JSON document, a CSV file of components (with further CSV parts and form fields) or an Excel
 * workbook. All or nothing: a file with any error stores nothing and is answered with every error, located by row
 * and column.
 */
@Service
public class PlanImportService {

    private final PlanService plans;
    private final PlanReader reader;

    PlanImportService(PlanService plans, PlanReader reader) {
        this.plans = plans;
        this.reader = reader;
    }

    public StoredPlan importPlan(ImportRequest request) {
        Upload file = request.file();
        ImportFormat format = ImportFormat.of(file);
        if (file.bytes().length == 0) {
            throw new InvalidPlanException(List.of(new PlanError("", "the file " + file.filename() + " is empty")));
        }
        return switch (format) {
            case JSON -> {
                onlyTheFile(request, "a JSON import is the whole plan");
                yield plans.create(PlanDocument.parse(file.bytes()));
            }
            case CSV -> store(TablesToDocument.convert(TabularSources.csv(request)));
            case XLSX -> {
                onlyTheFile(request, "the plan settings and tables of an Excel import are its sheets");
                yield store(TablesToDocument.convert(TabularSources.xlsx(file)));
            }
        };
    }

    private StoredPlan store(ConvertedPlan converted) {
        PlanDocument document = PlanDocument.of(converted.document());
        if (converted.errors().isEmpty()) {
            return plans.create(document, converted::locate);
        }
        List<PlanError> errors = new ArrayList<>(converted.errors());
        try {
            reader.read(converted.document());
        } catch (InvalidPlanException e) {
            errors.addAll(converted.locate(e.errors()));
        }
        throw new InvalidPlanException(errors);
    }

    private static void onlyTheFile(ImportRequest request, String why) {
        List<PlanError> errors = new ArrayList<>();
        request.parts().keySet().forEach(part -> errors.add(new PlanError("", "part " + part + ": not expected")));
        request.fields().keySet().forEach(field ->
                errors.add(new PlanError("", "form field " + field + ": not expected")));
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Only the file is expected: " + why + ".", errors);
        }
    }
}
