package vn.lotrinh.planner.api.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the HTTP API.
 *
 * @param maxRequestSize the largest request body accepted, JSON or multipart ({@code lotrinh.api.max-request-size})
 * @param maxQueryLength the longest query string accepted, in characters as sent, percent-encoded
 *     ({@code lotrinh.api.max-query-length})
 */
@ConfigurationProperties("lotrinh.api")
public record ApiProperties(@DefaultValue("20MB") DataSize maxRequestSize, @DefaultValue("2048") int maxQueryLength) {
}
