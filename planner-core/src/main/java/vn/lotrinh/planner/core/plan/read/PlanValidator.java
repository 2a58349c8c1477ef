package vn.lotrinh.planner.core.plan.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;

/**
 * Checks a document against every rule of {@code roadmap-plan/1} and collects all errors at once, each with a JSON
 * Pointer and a message: the errors of the pass that {@link PlanReader} builds its plans in, so that a document is
 * valid exactly when it reads. In a valid document every member is there with the right type, every reference
 * resolves and every amount fits a {@code long} of milli-units.
 *
 * <p>Beyond the format page, the validator fixes these bounds: amounts (budgets, capex, opex) and quantities
 * (capacities, demand) at most {@link #MAX_AMOUNT_UNITS} each; the components' costs over the horizon and each
 * resource's demand over the implementation periods at most {@link #MAX_TOTAL_UNITS} in total, so that no sum of
 * milli-units overflows; {@code value} at most {@link #MAX_VALUE}; lags at most {@link #MAX_PERIODS}; the calendar's
 * first year and {@code baseYear} from {@link #MIN_YEAR} to {@link #MAX_YEAR}; inflation and discount rates from -0.5
 * to 1, which keeps nominal and present values finite over any horizon the calendar allows; {@code moneyUnit} from
 * 0.000001 to {@link #MAX_AMOUNT_UNITS}. Members the format does not name are allowed and ignored.
 *
 * <p>Time: a component whose window, pin or duration cannot hold it is an error. Dependencies are followed along the
 * graph (when it has no cycle): they are an error when they keep a component from its pin, from its
 * {@code latestFinish}, or a {@code MUST} component out of the horizon. A component without such a commitment that its
 * predecessors push past the horizon is valid: the solver defers it.
 */
public final class PlanValidator {

    /** The most components a plan may have. */
    public static final int MAX_COMPONENTS = 20_000;
    /** The most periods a horizon may have; also the longest duration and lag. */
    public static final int MAX_PERIODS = 600;
    /** The longest plan name, in characters. */
    public static final int MAX_NAME_CHARS = 200;
    /** The largest single amount or quantity, in plan units: 10^15 milli-units. */
    public static final BigDecimal MAX_AMOUNT_UNITS = new BigDecimal("1000000000000");
    /** The largest total of the components' costs over the horizon, or of one resource's demand: 10^18 milli-units. */
    public static final BigDecimal MAX_TOTAL_UNITS = new BigDecimal("1000000000000000");
    /** The largest benefit score of one component. */
    public static final double MAX_VALUE = 1_000_000;
    /** The earliest year a calendar may start in, and the earliest {@code baseYear}. */
    public static final int MIN_YEAR = 1900;
    /** The latest year a calendar may start in, and the latest {@code baseYear}. */
    public static final int MAX_YEAR = 2200;

    private final Catalogues catalogues;

    /** A validator of plans that name the framework catalogues shipped with the planner. */
    public PlanValidator() {
        this(Catalogues.bundled());
    }

    public PlanValidator(Catalogues catalogues) {
        this.catalogues = catalogues;
    }

    /** Every error of the document, in the order the sections are checked; empty when it is a valid plan. */
    public List<PlanError> validate(JsonNode document) {
        return PlanRules.check(document, catalogues).errors();
    }
}
