package vn.lotrinh.planner.core.solver.score;

import java.util.function.IntFunction;
import org.optaplanner.core.api.score.stream.ConstraintJustification;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * Why a constraint matched, in words a planner understands. Every hard and medium constraint justifies its matches
 * with one of these; deferral reasons and violations shown to users are their descriptions.
 */
public sealed interface RuleBreach extends ConstraintJustification
        permits BudgetOverrun, CapacityOverload, DependencyBreach, DuplicateCapabilityBreach, ExclusionBreach,
        HorizonBreach, MustDeferred, PinBreach, ReplacementBreach, WindowBreach {

    /**
     * The description in both languages, with periods named by {@code periodLabel}, e.g.
     * {@code budget NS_TINH 2023: 41000 of 40000} and {@code ngân sách NS_TINH 2023: chi 41000, trần 40000}.
     */
    Text describe(IntFunction<String> periodLabel);
}
