package vn.lotrinh.planner.api.projection;

import io.swagger.v3.oas.annotations.Parameter;
import java.util.ArrayList;
import java.util.List;
import vn.lotrinh.planner.api.system.InvalidRequestException;
import vn.lotrinh.planner.core.plan.read.PlanError;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.projection.ProjectionSettings;

/**
 * The query parameters of a projection, bound as text so that every bad value is answered {@code 400} with a pointer
 * naming its parameter ({@code /simulations}, {@code /seed}).
 *
 * @param simulations the parameter's text, {@code null} when absent: then
 *     {@value ProjectionSettings#DEFAULT_SIMULATIONS}
 * @param seed the parameter's text, {@code null} when absent: then {@value #DEFAULT_SEED}
 */
record ProjectionQuery(
        @Parameter(description = "Monte Carlo runs, 0 to 100000; 0 skips Monte Carlo. Default 10000.")
        String simulations,
        @Parameter(description = "Seed of the runs: the same seed gives the same figures. Default 42.")
        String seed) {

    /** The seed when the request names none, so that the same request always answers the same figures. */
    static final long DEFAULT_SEED = 42;

    /** @throws InvalidRequestException naming every bad parameter */
    ProjectionSettings settings() {
        List<PlanError> errors = new ArrayList<>();
        Long runs = simulations == null ? Long.valueOf(ProjectionSettings.DEFAULT_SIMULATIONS) : integer(simulations);
        if (runs == null || runs < 0 || runs > ProjectionSettings.MAX_SIMULATIONS) {
            errors.add(new PlanError("/simulations", Text.format("query parameter simulations must be a whole number"
                    + " from 0 to {0} (0 skips Monte Carlo), not '{1}'", "tham số simulations phải là một số nguyên"
                    + " từ 0 đến {0} (0 là bỏ qua Monte Carlo), không phải '{1}'", ProjectionSettings.MAX_SIMULATIONS,
                    simulations)));
        }
        Long seedValue = seed == null ? Long.valueOf(DEFAULT_SEED) : integer(seed);
        if (seedValue == null) {
            errors.add(new PlanError("/seed", Text.format("query parameter seed must be a whole number from {0} to"
                    + " {1}, not '{2}'", "tham số seed phải là một số nguyên từ {0} đến {1}, không phải '{2}'",
                    Long.MIN_VALUE, Long.MAX_VALUE, seed)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors.size() == 1
                    ? Text.of("A query parameter of the projection is invalid.",
                            "Một tham số truy vấn của dự báo chi phí không hợp lệ.")
                    : Text.of("Query parameters of the projection are invalid.",
                            "Các tham số truy vấn của dự báo chi phí không hợp lệ."), errors);
        }
        return new ProjectionSettings(runs.intValue(), seedValue);
    }

    private static Long integer(String text) {
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
