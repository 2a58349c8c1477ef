package vn.lotrinh.planner.api.tables;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import vn.lotrinh.planner.api.plan.PlanDocument;
import vn.lotrinh.planner.api.plan.PlanService;
import vn.lotrinh.planner.api.plan.StoredPlan;
import vn.lotrinh.planner.api.system.InvalidRequestException;
import vn.lotrinh.planner.core.plan.read.InvalidPlanException;
import vn.lotrinh.planner.core.plan.read.PlanError;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * Imports a plan from a JSON document, a CSV file of components (with further CSV parts and form fields) or an Excel
 * workbook. All or nothing: a file with any error stores nothing and is answered with every error, located by row
 * and column.
 */
@Service
public class PlanImportService {

    private final PlanService plans;
    private final PlanReader reader;
    private final ApplicationEventPublisher events;

    PlanImportService(PlanService plans, PlanReader reader, ApplicationEventPublisher events) {
        this.plans = plans;
        this.reader = reader;
        this.events = events;
    }

    /** Reads, checks and stores the file's plan, and tells {@link PlanImported} whatever the outcome. */
    public StoredPlan importPlan(ImportRequest request) {
        ImportFormat format = ImportFormat.of(request.file());
        long started = System.nanoTime();
        boolean stored = false;
        try {
            StoredPlan plan = importAs(format, request);
            stored = true;
            return plan;
        } finally {
            events.publishEvent(new PlanImported(format.name().toLowerCase(Locale.ROOT), stored,
                    Duration.ofNanos(System.nanoTime() - started)));
        }
    }

    private StoredPlan importAs(ImportFormat format, ImportRequest request) {
        Upload file = request.file();
        if (file.bytes().length == 0) {
            throw new InvalidPlanException(List.of(new PlanError("", Text.format("the file {0} is empty",
                    "tệp {0} trống", file.filename()))));
        }
        return switch (format) {
            case JSON -> {
                onlyTheFile(request, Text.of("a JSON import is the whole plan",
                        "tệp JSON nhập vào là toàn bộ kế hoạch"));
                yield plans.importPlan(PlanDocument.parse(file.bytes()), UnaryOperator.identity());
            }
            case CSV -> store(TablesToDocument.convert(TabularSources.csv(request)));
            case XLSX -> {
                onlyTheFile(request, Text.of("the plan settings and tables of an Excel import are its sheets",
                        "các thiết lập và bảng của kế hoạch khi nhập Excel là các trang tính của tệp"));
                yield store(TablesToDocument.convert(TabularSources.xlsx(file)));
            }
        };
    }

    private StoredPlan store(ConvertedPlan converted) {
        PlanDocument document = PlanDocument.of(converted.document());
        if (converted.errors().isEmpty()) {
            return plans.importPlan(document, converted::locate);
        }
        List<PlanError> errors = new ArrayList<>(converted.errors());
        try {
            reader.read(converted.document());
        } catch (InvalidPlanException e) {
            errors.addAll(converted.locate(e.errors()));
        }
        throw new InvalidPlanException(errors);
    }

    private static void onlyTheFile(ImportRequest request, Text why) {
        List<PlanError> errors = new ArrayList<>();
        Text unexpected = Text.of(": not expected", ": không cần");
        request.parts().keySet().forEach(part ->
                errors.add(new PlanError("", CellRef.part(part).plus(unexpected))));
        request.fields().keySet().forEach(field ->
                errors.add(new PlanError("", CellRef.formField(field).plus(unexpected))));
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(Text.format("Only the file is expected: {0}.", "Chỉ cần tệp: {0}.", why),
                    errors);
        }
    }
}
