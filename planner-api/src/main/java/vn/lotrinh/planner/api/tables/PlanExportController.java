package vn.lotrinh.planner.api.tables;

import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lotrinh.planner.api.system.Downloads;

/**
 * A plan as the files of a CSV or Excel import: {@code plan.xlsx} with every table, {@code plan.csv} with one table,
 * the components unless the query names another.
 */
@RestController
class PlanExportController {

    private static final String TABLE = "The table: components (the default), plan, budgets, fundingSources, phases, "
            + "resources, capacities, criteria or comparisons, as the parts of a CSV import are named.";

    private final PlanExportService exports;

    PlanExportController(PlanExportService exports) {
        this.exports = exports;
    }

    @GetMapping(path = "/api/plans/{planId}/plan.xlsx", produces = Downloads.XLSX)
    ResponseEntity<byte[]> workbook(@PathVariable String planId) {
        return Downloads.xlsx(exports.workbook(planId), "plan-" + planId + ".xlsx");
    }

    @GetMapping(path = "/api/plans/{planId}/plan.csv", produces = Downloads.CSV)
    ResponseEntity<byte[]> csv(@PathVariable String planId,
            @Parameter(description = TABLE) @RequestParam(required = false) String table) {
        PlanTable which = TableQuery.table(table);
        return Downloads.csv(exports.csv(planId, which), "plan-" + planId + "-" + which.tableName() + ".csv");
    }
}
