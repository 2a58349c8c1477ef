package vn.lotrinh.planner.api.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An {@code If-Match} header against plan versions. A plan's entity tag is its version in quotes ({@code "3"}); weak
 * tags and bare numbers are accepted too, and {@code *} matches any version. A tag that is not a version never
 * matches.
 */
public record IfMatch(boolean any, List<String> tags) {

    public static Optional<IfMatch> parse(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        List<String> tags = new ArrayList<>();
        for (String part : header.split(",")) {
            String tag = part.trim();
            if (tag.equals("*")) {
                return Optional.of(new IfMatch(true, List.of()));
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            tags.add(tag);
        }
        return Optional.of(new IfMatch(false, tags));
    }

    public static String tagOf(long version) {
        return "\"" + version + "\"";
    }

    public boolean matches(long version) {
        return any || tags.contains(Long.toString(version));
    }
}
