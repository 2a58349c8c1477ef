package vn.lotrinh.planner.core.alignment;

import java.util.List;
import vn.lotrinh.planner.core.plan.Layer;

/**
 * How many catalogue entries are live by the end of a period, by the roadmap: "by 2023, 14 of 19 required
 * components live".
 *
 * @param required the entries a province must have; {@code requiredLive} of them live
 * @param entries every entry; {@code live} of them live
 * @param layers the same counts by layer, in the order of {@link Layer}, layers without entries left out
 */
public record Coverage(String period, int required, int requiredLive, int entries, int live,
        List<LayerCoverage> layers) {

    public Coverage {
        layers = List.copyOf(layers);
    }

    /** The counts of one layer. */
    public record LayerCoverage(Layer layer, int required, int requiredLive, int entries, int live) {
    }
}
