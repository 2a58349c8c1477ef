package vn.lotrinh.planner.api.scenario;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lotrinh.planner.api.system.Downloads;
import vn.lotrinh.planner.api.system.Language;
import vn.lotrinh.planner.api.system.ReportHeadings;

/** The latest roadmaps of two plans compared, as JSON, CSV or Excel. */
@RestController
@RequestMapping("/api/plans/{planIdA}/compare")
class ComparisonController {

    private final ComparisonService comparisons;

    ComparisonController(ComparisonService comparisons) {
        this.comparisons = comparisons;
    }

    @Operation(summary = "Compare the latest roadmap of plan b with that of plan a",
            description = "Objective values and their difference, spend per period and funding source, and per "
                    + "component whether it moved, was newly deferred or scheduled, or is in one plan only. 404 for "
                    + "an unknown plan, 409 naming the plan that has no roadmap yet.")
    @GetMapping(path = "/{planIdB}", produces = MediaType.APPLICATION_JSON_VALUE)
    ComparisonResponse compare(@PathVariable String planIdA, @PathVariable String planIdB) {
        return comparisons.compare(planIdA, planIdB);
    }

    @Operation(summary = "The comparison as CSV, one row per component")
    @GetMapping(path = "/{planIdB}.csv", produces = Downloads.CSV)
    ResponseEntity<byte[]> csv(@PathVariable String planIdA, @PathVariable String planIdB) {
        return Downloads.csv(comparisons.compareAsCsv(planIdA, planIdB),
                "compare-" + planIdA + "-" + planIdB + ".csv");
    }

    @Operation(summary = "The comparison as an Excel workbook: Components, Spend and Summary sheets")
    @GetMapping(path = "/{planIdB}.xlsx", produces = Downloads.XLSX)
    ResponseEntity<byte[]> xlsx(@PathVariable String planIdA, @PathVariable String planIdB,
            @Parameter(description = ReportHeadings.LANG_PARAMETER) @RequestParam(required = false) String lang) {
        return Downloads.xlsx(comparisons.compareAsXlsx(planIdA, planIdB, Language.ofQuery(lang)),
                "compare-" + planIdA + "-" + planIdB + ".xlsx");
    }
}
