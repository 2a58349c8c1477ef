package vn.lotrinh.planner.core.alignment;

import java.util.List;

/** A component that builds what the catalogue says a ministry provides for every province ({@code codes}). */
public record Waste(ComponentMoney component, List<String> codes) {

    public Waste {
        codes = List.copyOf(codes);
    }
}
