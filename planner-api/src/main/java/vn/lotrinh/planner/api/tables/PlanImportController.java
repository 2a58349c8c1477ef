package vn.lotrinh.planner.api.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import vn.lotrinh.planner.api.plan.IfMatch;
import vn.lotrinh.planner.api.plan.PlanSummary;
import vn.lotrinh.planner.api.plan.StoredPlan;

/** {@code POST /api/plans/import}: a plan from an uploaded {@code .json}, {@code .csv} or {@code .xlsx} file. */
@RestController
class PlanImportController {

    private final PlanImportService imports;

    PlanImportController(PlanImportService imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/api/plans/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PlanSummary> importPlan(@RequestParam("file") MultipartFile file,
            MultipartHttpServletRequest request) {
        Map<String, List<Upload>> parts = new LinkedHashMap<>();
        request.getMultiFileMap().forEach((name, files) -> {
            if (!name.equals("file")) {
                parts.put(name, files.stream().map(PlanImportController::upload).toList());
            }
        });
        Map<String, List<String>> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> fields.put(name, new ArrayList<>(List.of(values))));
        StoredPlan stored = imports.importPlan(new ImportRequest(upload(file), parts, fields));
        return ResponseEntity.created(URI.create("/api/plans/" + stored.id()))
                .eTag(IfMatch.tagOf(stored.version()))
                .body(stored.summary());
    }

    private static Upload upload(MultipartFile file) {
        try {
            return new Upload(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
