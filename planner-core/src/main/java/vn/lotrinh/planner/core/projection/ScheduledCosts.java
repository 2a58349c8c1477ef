package vn.lotrinh.planner.core.projection;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.Layer;
import vn.lotrinh.planner.core.plan.Plan;

/**
 * The planned costs of a roadmap per period, exactly in milli-units, following the plan format's money semantics:
 * likely capex by instalment in the implementation periods, opex in every live period inside the horizon, and the
 * spending of each funding source, which is its funded share of capex plus, when {@code opexInBudget}, of opex.
 */
final class ScheduledCosts {

    /** The layer key of components without a layer. */
    static final String UNSPECIFIED_LAYER = "UNSPECIFIED";

    private final long[] capexMilli;
    private final long[] opexMilli;
    private final long[][] spendMilli;
    private final long[][] layerMilli;
    private final List<String> layers;

    private ScheduledCosts(long[] capexMilli, long[] opexMilli, long[][] spendMilli, long[][] layerMilli,
            List<String> layers) {
        this.capexMilli = capexMilli;
        this.opexMilli = opexMilli;
        this.spendMilli = spendMilli;
        this.layerMilli = layerMilli;
        this.layers = layers;
    }

    static ScheduledCosts of(Plan plan, List<ScheduledComponent> scheduled) {
        int horizon = plan.horizon();
        int sourceCount = plan.fundingSources().size();
        List<String> layers = layersOf(plan);
        long[] capex = new long[horizon];
        long[] opex = new long[horizon];
        long[][] spend = new long[horizon][sourceCount];
        long[][] byLayer = new long[horizon][layers.size()];
        boolean opexInBudget = plan.economics().opexInBudget();
        for (ScheduledComponent s : scheduled) {
            Component component = s.component();
            int layer = layers.indexOf(layerKey(component));
            for (int t = s.start(); t < horizon; t++) {
                long capexAt = component.capexAtOffsetMilli(t - s.start());
                long opexAt = t >= s.liveFrom() ? component.opexPerPeriodMilli() : 0L;
                capex[t] += capexAt;
                opex[t] += opexAt;
                byLayer[t][layer] += capexAt + opexAt;
                long budgeted = capexAt + (opexInBudget ? opexAt : 0L);
                for (int f = 0; f < sourceCount; f++) {
                    spend[t][f] += component.fundedMilli(plan.fundingSources().get(f).id(), budgeted);
                }
            }
        }
        return new ScheduledCosts(capex, opex, spend, byLayer, layers);
    }

    /** The layers of the plan's components in {@link Layer} order, then {@value #UNSPECIFIED_LAYER} if any has none. */
    private static List<String> layersOf(Plan plan) {
        Set<Layer> used = EnumSet.noneOf(Layer.class);
        boolean unspecified = false;
        for (Component component : plan.components()) {
            if (component.layer() == null) {
                unspecified = true;
            } else {
                used.add(component.layer());
            }
        }
        List<String> layers = new ArrayList<>(used.stream().map(Layer::name).toList());
        if (unspecified) {
            layers.add(UNSPECIFIED_LAYER);
        }
        return List.copyOf(layers);
    }

    private static String layerKey(Component component) {
        return component.layer() == null ? UNSPECIFIED_LAYER : component.layer().name();
    }

    long capexMilli(int period) {
        return capexMilli[period];
    }

    long opexMilli(int period) {
        return opexMilli[period];
    }

    /** Capex plus opex in constant prices. */
    long totalMilli(int period) {
        return capexMilli[period] + opexMilli[period];
    }

    /** The budgeted spending of the funding source (index in plan order) in the period. */
    long spendMilli(int period, int source) {
        return spendMilli[period][source];
    }

    /** Capex plus opex of the components of one layer (index into {@link #layers()}). */
    long layerMilli(int period, int layer) {
        return layerMilli[period][layer];
    }

    /** The layer keys, fixed for the plan so that every period lists the same ones. */
    List<String> layers() {
        return layers;
    }
}
