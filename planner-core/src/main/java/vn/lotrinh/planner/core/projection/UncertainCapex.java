package vn.lotrinh.planner.core.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lotrinh.planner.core.plan.CapexEstimate;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.EstimateDistribution;
import vn.lotrinh.planner.core.plan.Plan;

/**
 * The three-point capex estimate of one scheduled component, ready to be drawn: its quantile table and the cells its
 * draw moves. A draw's deviation from the likely capex is spread like the likely capex itself, by the component's
 * capex shares over its implementation periods and by its funding shares over the funding sources; every cell whose
 * figure contains that capex (period, phase, whole horizon; total and per source) moves by {@code weight × deviation}.
 */
final class UncertainCapex {

    private final long lowMilli;
    private final long likelyMilli;
    private final long highMilli;
    private final StandardQuantileTable quantiles;
    private final int[] cells;
    private final double[] weights;

    private UncertainCapex(CapexEstimate capex, StandardQuantileTable quantiles, int[] cells, double[] weights) {
        this.lowMilli = capex.lowMilli();
        this.likelyMilli = capex.likelyMilli();
        this.highMilli = capex.highMilli();
        this.quantiles = quantiles;
        this.cells = cells;
        this.weights = weights;
    }

    /** The components of the schedule whose capex is a range, in plan order. */
    static List<UncertainCapex> of(Plan plan, List<ScheduledComponent> scheduled, CellLayout layout) {
        EstimateDistribution distribution = plan.economics().estimateDistribution();
        int[] phaseOfPeriod = CellLayout.phaseOfPeriod(plan);
        Map<Double, StandardQuantileTable> tablesByMode = new HashMap<>();
        List<UncertainCapex> uncertain = new ArrayList<>();
        for (ScheduledComponent s : scheduled) {
            CapexEstimate capex = s.component().capex();
            if (!capex.isUncertain()) {
                continue;
            }
            double mode = (double) (capex.likelyMilli() - capex.lowMilli()) / (capex.highMilli() - capex.lowMilli());
            StandardQuantileTable table =
                    tablesByMode.computeIfAbsent(mode, m -> StandardQuantileTable.of(distribution, m));
            uncertain.add(spread(plan, s, layout, phaseOfPeriod, table));
        }
        return uncertain;
    }

    private static UncertainCapex spread(Plan plan, ScheduledComponent s, CellLayout layout, int[] phaseOfPeriod,
            StandardQuantileTable table) {
        Component component = s.component();
        int sourceCount = plan.fundingSources().size();
        double[] fundingShares = new double[sourceCount];
        for (int f = 0; f < sourceCount; f++) {
            fundingShares[f] = component.fundingShare(plan.fundingSources().get(f).id());
        }
        Map<Integer, Double> weightByCell = new LinkedHashMap<>();
        for (int k = 0; k < component.durationPeriods(); k++) {
            double share = component.capexShares().get(k);
            if (share == 0) {
                continue;
            }
            int period = s.start() + k;
            for (int measure = 0; measure <= sourceCount; measure++) {
                double weight = measure == CellLayout.TOTAL ? share : share * fundingShares[measure - 1];
                if (weight == 0) {
                    continue;
                }
                weightByCell.merge(layout.periodCell(period, measure), weight, Double::sum);
                if (phaseOfPeriod[period] >= 0) {
                    weightByCell.merge(layout.phaseCell(phaseOfPeriod[period], measure), weight, Double::sum);
                }
                weightByCell.merge(layout.horizonCell(measure), weight, Double::sum);
            }
        }
        int[] cells = weightByCell.keySet().stream().mapToInt(Integer::intValue).toArray();
        double[] weights = weightByCell.values().stream().mapToDouble(Double::doubleValue).toArray();
        return new UncertainCapex(component.capex(), table, cells, weights);
    }

    /** The capex drawn at normal score {@code z} minus the likely capex, in milli-units. */
    double deviationMilli(double z) {
        return lowMilli + (highMilli - lowMilli) * quantiles.at(z) - likelyMilli;
    }

    /** The cells this draw moves; parallel to {@link #weights()}. */
    int[] cells() {
        return cells;
    }

    /** How much each cell moves per milli-unit of deviation. */
    double[] weights() {
        return weights;
    }
}
