package vn.lotrinh.planner.api.frontier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.lotrinh.planner.api.solve.SolveProperties;
import vn.lotrinh.planner.api.solve.SolveRequest;
import vn.lotrinh.planner.api.system.InvalidRequestException;
import vn.lotrinh.planner.core.frontier.FrontierSpec;
import vn.lotrinh.planner.core.plan.FundingSource;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanError;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.solver.SolveOptions;

/**
 * The body of {@code POST /api/plans/{planId}/frontier}; every field may be left out.
 *
 * @param scales the factors of the budgets, one point each: at most {@value #MAX_SCALES}, each greater than 0 and at
 *     most {@link #MAX_SCALE}; solved in ascending order, a repeated factor once; default 0.5, 0.6 … 1.5
 * @param fundingSource the id of the one funding source whose budgets are scaled; default: every budget
 * @param objective one of the objectives, default {@code VALUE_OVER_TIME}, as for a solve
 * @param timeLimitSeconds the longest each point may be solved, in seconds, within the limits of a solve
 * @param engine which searches solve each point, as for a solve
 */
public record FrontierRequest(List<BigDecimal> scales, String fundingSource, String objective,
        BigDecimal timeLimitSeconds, String engine) {

    static final int MAX_SCALES = 50;
    static final BigDecimal MAX_SCALE = BigDecimal.TEN;

    static FrontierRequest empty() {
        return new FrontierRequest(null, null, null, null, null);
    }

    /**
     * What to trace on the plan, or every error of the request at once.
     *
     * @throws InvalidRequestException naming each invalid field
     */
    FrontierSpec toSpec(Plan plan, SolveProperties solveProperties, FrontierProperties properties) {
        List<PlanError> errors = new ArrayList<>();
        checkScales(errors);
        if (fundingSource != null
                && plan.fundingSources().stream().noneMatch(source -> source.id().equals(fundingSource))) {
            errors.add(new PlanError("/fundingSource", Text.format("must be the id of one of the plan's funding"
                    + " sources {0}", "phải là id của một trong các nguồn vốn của kế hoạch {0}",
                    plan.fundingSources().stream().map(FundingSource::id).toList())));
        }
        SolveOptions options = new SolveRequest(objective, timeLimitSeconds, null, null, null, null, engine)
                .toOptions(solveProperties, properties.defaultPointTimeLimit(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(Text.of("The frontier request is invalid.",
                    "Yêu cầu chạy biên ngân sách không hợp lệ."), errors);
        }
        return new FrontierSpec(scales == null ? FrontierSpec.DEFAULT_SCALES : scales, fundingSource, options);
    }

    private void checkScales(List<PlanError> errors) {
        if (scales == null) {
            return;
        }
        if (scales.isEmpty() || scales.size() > MAX_SCALES) {
            errors.add(new PlanError("/scales", Text.format("must hold from 1 to {0} scales",
                    "phải có từ 1 đến {0} hệ số", MAX_SCALES)));
        }
        for (int i = 0; i < scales.size(); i++) {
            BigDecimal scale = scales.get(i);
            if (scale == null || scale.signum() <= 0 || scale.compareTo(MAX_SCALE) > 0) {
                errors.add(new PlanError("/scales/" + i, Text.format("must be a factor greater than 0 and at most {0}"
                        + " (0.8 is 80 % of the budgets)", "phải là một hệ số lớn hơn 0 và tối đa {0} (0.8 là 80 % ngân"
                        + " sách)", MAX_SCALE)));
            }
        }
    }
}
