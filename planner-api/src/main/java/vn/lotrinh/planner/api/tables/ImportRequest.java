package vn.lotrinh.planner.api.tables;

import java.util.List;
import java.util.Map;

/**
 * A multipart import: the plan {@code file}, further CSV tables as parts named after their table, and plan settings
 * as form fields (CSV only).
 */
public record ImportRequest(Upload file, Map<String, List<Upload>> parts, Map<String, List<String>> fields) {

    public ImportRequest {
        parts = Map.copyOf(parts);
        fields = Map.copyOf(fields);
    }
}
