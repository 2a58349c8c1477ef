package vn.lotrinh.planner.core.plan;

import java.util.List;

/**
 * What a component does for the plan's framework catalogue.
 *
 * @param delivers codes of the catalogue's components it builds or upgrades
 * @param connects codes of the national components it integrates with
 * @param replaces ids of the plan's components it supersedes (an upgrade of an older system)
 */
public record Capabilities(List<String> delivers, List<String> connects, List<String> replaces) {

    public static final Capabilities NONE = new Capabilities(List.of(), List.of(), List.of());

    public Capabilities {
        delivers = List.copyOf(delivers);
        connects = List.copyOf(connects);
        replaces = List.copyOf(replaces);
    }
}
