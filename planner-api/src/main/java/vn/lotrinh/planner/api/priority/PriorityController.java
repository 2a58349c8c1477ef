package vn.lotrinh.planner.api.priority;

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

/** A plan's priorities by weighted criteria (AHP). */
@RestController
@RequestMapping("/api/plans/{planId}")
class PriorityController {

    private final PriorityService priorities;

    PriorityController(PriorityService priorities) {
        this.priorities = priorities;
    }

    @Operation(summary = "The plan's criteria weights, their consistency and the components ranked by weighted score",
            description = "Weights are the principal eigenvector of the pairwise comparisons, with lambdaMax, the "
                    + "consistency index and ratio (Saaty's 1980 random index); each comparison's share of the "
                    + "inconsistency and the ratio the others imply; every component's value, rank and each "
                    + "criterion's share of its score; and each weight's range before the top ten change. 404 for "
                    + "an unknown plan or a plan without criteria.")
    @GetMapping(path = "/priorities", produces = MediaType.APPLICATION_JSON_VALUE)
    PrioritiesResponse priorities(@PathVariable String planId) {
        return priorities.of(planId);
    }

    @Operation(summary = "The priorities as CSV: one row per component, the first ranked first")
    @GetMapping(path = "/priorities.csv", produces = Downloads.CSV)
    ResponseEntity<byte[]> csv(@PathVariable String planId) {
        return Downloads.csv(priorities.asCsv(planId), "priorities-" + planId + ".csv");
    }

    @Operation(summary = "The priorities as an Excel workbook: Components, Criteria, Comparisons and Summary sheets")
    @GetMapping(path = "/priorities.xlsx", produces = Downloads.XLSX)
    ResponseEntity<byte[]> xlsx(@PathVariable String planId,
            @Parameter(description = ReportHeadings.LANG_PARAMETER) @RequestParam(required = false) String lang) {
        return Downloads.xlsx(priorities.asXlsx(planId, Language.ofQuery(lang)), "priorities-" + planId + ".xlsx");
    }
}
