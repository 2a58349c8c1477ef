package vn.lotrinh.planner.core.alignment;

import java.math.BigDecimal;
import java.util.List;

/**
 * A capability that several components deliver, none of them replacing another.
 *
 * @param components every component that delivers it, in plan order
 * @param capex the likely capex of them all; {@code opexInHorizon} likewise
 */
public record Duplication(String code, String nameVi, String nameEn, List<ComponentMoney> components, BigDecimal capex,
        BigDecimal opexInHorizon) {

    public Duplication {
        components = List.copyOf(components);
    }
}
