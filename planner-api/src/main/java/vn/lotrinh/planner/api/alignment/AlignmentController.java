package vn.lotrinh.planner.api.alignment;

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

/** A plan and its latest roadmap against the national framework's catalogue. */
@RestController
@RequestMapping("/api/plans/{planId}")
class AlignmentController {

    private final AlignmentService alignments;

    AlignmentController(AlignmentService alignments) {
        this.alignments = alignments;
    }

    @Operation(summary = "The plan and its latest roadmap against the framework catalogue",
            description = "Per catalogue entry which components deliver or connect to it and, by the latest roadmap, "
                    + "from which period it is live, or that it is missing; required entries missing or deferred "
                    + "first; coverage per period and layer; duplicated capabilities and national systems rebuilt, "
                    + "with their money. roadmap is null when the plan has never been solved. 404 for an unknown "
                    + "plan.")
    @GetMapping(path = "/alignment", produces = MediaType.APPLICATION_JSON_VALUE)
    AlignmentResponse alignment(@PathVariable String planId) {
        return alignments.of(planId);
    }

    @Operation(summary = "The alignment as CSV: one row per catalogue entry")
    @GetMapping(path = "/alignment.csv", produces = Downloads.CSV)
    ResponseEntity<byte[]> csv(@PathVariable String planId) {
        return Downloads.csv(alignments.asCsv(planId), "alignment-" + planId + ".csv");
    }

    @Operation(summary = "The alignment as an Excel workbook: Entries, Coverage, Duplications and Waste sheets")
    @GetMapping(path = "/alignment.xlsx", produces = Downloads.XLSX)
    ResponseEntity<byte[]> xlsx(@PathVariable String planId,
            @Parameter(description = ReportHeadings.LANG_PARAMETER) @RequestParam(required = false) String lang) {
        return Downloads.xlsx(alignments.asXlsx(planId, Language.ofQuery(lang)), "alignment-" + planId + ".xlsx");
    }
}
