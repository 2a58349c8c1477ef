package vn.lotrinh.planner.api.frontier;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How frontiers run ({@code lotrinh.frontier.*}); where they run, and how long a request may let a point be solved, is
 * the solve pool's ({@code lotrinh.solve.*}).
 *
 * @param defaultPointTimeLimit how long each point is solved when the request names no time limit
 */
@ConfigurationProperties("lotrinh.frontier")
public record FrontierProperties(@DefaultValue("3s") Duration defaultPointTimeLimit) {
}
