package vn.lotrinh.planner.core.plan.generator;

import java.util.Objects;
import vn.lotrinh.planner.core.plan.PeriodUnit;

/**
 * The size and the densities of a plan that {@link RandomPlanGenerator} builds. Shares are probabilities in
 * {@code [0, 1]}, drawn independently per component (or per budget slot, per capacity slot); start from
 * {@link #defaults()} and change what matters with the withers.
 *
 * @param components number of components, 1–20,000
 * @param periods number of periods in the horizon, 1–600
 * @param periodUnit the length of a period
 * @param fundingSources number of funding sources, 1–10
 * @param resources number of capacity-limited resources, 0–5
 * @param phases number of phases cutting the horizon into consecutive groups, 0–{@code periods}
 * @param mustShare share of {@code MUST} components
 * @param couldShare share of {@code COULD} components; the rest, {@code 1 - mustShare - couldShare}, are {@code SHOULD}
 * @param maxDurationPeriods longest implementation in periods, ≥ 1 (also never longer than the horizon)
 * @param dependenciesPerComponent mean number of predecessors of a component, 0–4 (fewer when fewer are available)
 * @param lagShare share of dependencies with a lag of 1–{@code maxLagPeriods}
 * @param maxLagPeriods longest lag, ≥ 1
 * @param windowShare share of components with an earliest start, a latest finish or both
 * @param pinShare share of {@code MUST} components pinned (at their witness start)
 * @param exclusionShare pairs of mutually exclusive components drawn per component (at most; draws that would pair
 *     two {@code MUST} components or a component with a direct predecessor are dropped)
 * @param periodBudgetShare share of (funding source, period) pairs with a period budget
 * @param phaseBudgetShare share of (funding source, phase) pairs with a phase budget
 * @param capacityOverrideShare share of (resource, period) pairs with a capacity for that period only
 * @param splitFundingShare share of components funded by two sources
 * @param threePointShare share of components with a three-point capex {@code {low, likely, high}}
 * @param capexProfileShare share of components with an explicit {@code capexProfile}
 * @param capexByPeriodShare share of components with {@code capexByPeriod} instead of {@code capex}
 * @param opexShare share of components with running costs
 * @param opexInBudget whether running costs count against budgets
 * @param headroom how much room caps leave beyond what the {@code MUST} witness uses: each cap gets up to this
 *     fraction of the mean per-period demand of all components on top, ≥ 0
 */
public record GeneratorSettings(
        int components,
        int periods,
        PeriodUnit periodUnit,
        int fundingSources,
        int resources,
        int phases,
        double mustShare,
        double couldShare,
        int maxDurationPeriods,
        double dependenciesPerComponent,
        double lagShare,
        int maxLagPeriods,
        double windowShare,
        double pinShare,
        double exclusionShare,
        double periodBudgetShare,
        double phaseBudgetShare,
        double capacityOverrideShare,
        double splitFundingShare,
        double threePointShare,
        double capexProfileShare,
        double capexByPeriodShare,
        double opexShare,
        boolean opexInBudget,
        double headroom) {

    public static final int MAX_COMPONENTS = 20_000;
    public static final int MAX_PERIODS = 600;
    public static final int MAX_FUNDING_SOURCES = 10;
    public static final int MAX_RESOURCES = 5;
    public static final double MAX_DEPENDENCIES_PER_COMPONENT = 4;

    public GeneratorSettings {
        Objects.requireNonNull(periodUnit, "periodUnit");
        requireInRange("components", components, 1, MAX_COMPONENTS);
        requireInRange("periods", periods, 1, MAX_PERIODS);
        requireInRange("fundingSources", fundingSources, 1, MAX_FUNDING_SOURCES);
        requireInRange("resources", resources, 0, MAX_RESOURCES);
        requireInRange("phases", phases, 0, periods);
        requireShare("mustShare", mustShare);
        requireShare("couldShare", couldShare);
        if (mustShare + couldShare > 1) {
            throw new IllegalArgumentException(
                    "mustShare + couldShare must be at most 1, was " + (mustShare + couldShare));
        }
        requireInRange("maxDurationPeriods", maxDurationPeriods, 1, Integer.MAX_VALUE);
        if (!(dependenciesPerComponent >= 0 && dependenciesPerComponent <= MAX_DEPENDENCIES_PER_COMPONENT)) {
            throw new IllegalArgumentException("dependenciesPerComponent must be in [0, "
                    + MAX_DEPENDENCIES_PER_COMPONENT + "], was " + dependenciesPerComponent);
        }
        requireShare("lagShare", lagShare);
        requireInRange("maxLagPeriods", maxLagPeriods, 1, Integer.MAX_VALUE);
        requireShare("windowShare", windowShare);
        requireShare("pinShare", pinShare);
        requireShare("exclusionShare", exclusionShare);
        requireShare("periodBudgetShare", periodBudgetShare);
        requireShare("phaseBudgetShare", phaseBudgetShare);
        requireShare("capacityOverrideShare", capacityOverrideShare);
        requireShare("splitFundingShare", splitFundingShare);
        requireShare("threePointShare", threePointShare);
        requireShare("capexProfileShare", capexProfileShare);
        requireShare("capexByPeriodShare", capexByPeriodShare);
        requireShare("opexShare", opexShare);
        if (!(headroom >= 0 && Double.isFinite(headroom))) {
            throw new IllegalArgumentException("headroom must be a finite number ≥ 0, was " + headroom);
        }
    }

    /** 50 components over 10 years, three funding sources, one resource, two phases, every feature present. */
    public static GeneratorSettings defaults() {
        return new GeneratorSettings(50, 10, PeriodUnit.YEAR, 3, 1, 2,
                0.3, 0.3, 3,
                1.0, 0.2, 2,
                0.3, 0.2, 0.05,
                0.8, 0.5, 0.2,
                0.3, 0.7, 0.2, 0.1, 0.6, true,
                0.5);
    }

    public GeneratorSettings withComponents(int value) {
        return new GeneratorSettings(value, periods, periodUnit, fundingSources, resources, phases, mustShare,
                couldShare, maxDurationPeriods, dependenciesPerComponent, lagShare, maxLagPeriods, windowShare,
                pinShare, exclusionShare, periodBudgetShare, phaseBudgetShare, capacityOverrideShare,
                splitFundingShare, threePointShare, capexProfileShare, capexByPeriodShare, opexShare, opexInBudget,
                headroom);
    }

    /** Sets the horizon; the number of phases is reduced to fit it when needed. */
    public GeneratorSettings withPeriods(PeriodUnit unit, int value) {
        return new GeneratorSettings(components, value, unit, fundingSources, resources, Math.min(phases, value),
                mustShare, couldShare, maxDurationPeriods, dependenciesPerComponent, lagShare, maxLagPeriods,
                windowShare, pinShare, exclusionShare, periodBudgetShare, phaseBudgetShare, capacityOverrideShare,
                splitFundingShare, threePointShare, capexProfileShare, capexByPeriodShare, opexShare, opexInBudget,
                headroom);
    }

    public GeneratorSettings withFundingSources(int value) {
        return new GeneratorSettings(components, periods, periodUnit, value, resources, phases, mustShare,
                couldShare, maxDurationPeriods, dependenciesPerComponent, lagShare, maxLagPeriods, windowShare,
                pinShare, exclusionShare, periodBudgetShare, phaseBudgetShare, capacityOverrideShare,
                splitFundingShare, threePointShare, capexProfileShare, capexByPeriodShare, opexShare, opexInBudget,
                headroom);
    }

    public GeneratorSettings withResources(int value) {
        return new GeneratorSettings(components, periods, periodUnit, fundingSources, value, phases, mustShare,
                couldShare, maxDurationPeriods, dependenciesPerComponent, lagShare, maxLagPeriods, windowShare,
                pinShare, exclusionShare, periodBudgetShare, phaseBudgetShare, capacityOverrideShare,
                splitFundingShare, threePointShare, capexProfileShare, capexByPeriodShare, opexShare, opexInBudget,
                headroom);
    }

    public GeneratorSettings withPhases(int value) {
        return new GeneratorSettings(components, periods, periodUnit, fundingSources, resources, value, mustShare,
                couldShare, maxDurationPeriods, dependenciesPerComponent, lagShare, maxLagPeriods, windowShare,
                pinShare, exclusionShare, periodBudgetShare, phaseBudgetShare, capacityOverrideShare,
                splitFundingShare, threePointShare, capexProfileShare, capexByPeriodShare, opexShare, opexInBudget,
                headroom);
    }

    public GeneratorSettings withPriorityMix(double must, double could) {
        return new GeneratorSettings(components, periods, periodUnit, fundingSources, resources, phases, must,
                could, maxDurationPeriods, dependenciesPerComponent, lagShare, maxLagPeriods, windowShare,
                pinShare, exclusionShare, periodBudgetShare, phaseBudgetShare, capacityOverrideShare,
                splitFundingShare, threePointShare, capexProfileShare, capexByPeriodShare, opexShare, opexInBudget,
                headroom);
    }

    public GeneratorSettings withMaxDurationPeriods(int value) {
        return new GeneratorSettings(components, periods, periodUnit, fundingSources, resources, phases, mustShare,
                couldShare, value, dependenciesPerComponent, lagShare, maxLagPeriods, windowShare,
                pinShare, exclusionShare, periodBudgetShare, phaseBudgetShare, capacityOverrideShare,
                splitFundingShare, threePointShare, capexProfileShare, capexByPeriodShare, opexShare, opexInBudget,
                headroom);
    }

    public GeneratorSettings withDependencies(double perComponent, double lagShareValue, int maxLag) {
        return new GeneratorSettings(components, periods, periodUnit, fundingSources, resources, phases, mustShare,
                couldShare, maxDurationPeriods, perComponent, lagShareValue, maxLag, windowShare,
                pinShare, exclusionShare, periodBudgetShare, phaseBudgetShare, capacityOverrideShare,
                splitFundingShare, threePointShare, capexProfileShare, capexByPeriodShare, opexShare, opexInBudget,
                headroom);
    }

    public GeneratorSettings withWindowShare(double value) {
        return new GeneratorSettings(components, periods, periodUnit, fundingSources, resources, phases, mustShare,
                couldShare, maxDurationPeriods, dependenciesPerComponent, lagShare, maxLagPeriods, value,
                pinShare, exclusionShare, periodBudgetShare, phaseBudgetShare, capacityOverrideShare,
                splitFundingShare, threePointShare, capexProfileShare, capexByPeriodShare, opexShare, opexInBudget,
                headroom);
    }

    public GeneratorSettings withPinShare(double value) {
        return new GeneratorSettings(components, periods, periodUnit, fundingSources, resources, phases, mustShare,
                couldShare, maxDurationPeriods, dependenciesPerComponent, lagShare, maxLagPeriods, windowShare,
                value, exclusionShare, periodBudgetShare, phaseBudgetShare, capacityOverrideShare,
                splitFundingShare, threePointShare, capexProfileShare, capexByPeriodShare, opexShare, opexInBudget,
                headroom);
    }

    public GeneratorSettings withExclusionShare(double value) {
        return new GeneratorSettings(components, periods, periodUnit, fundingSources, resources, phases, mustShare,
                couldShare, maxDurationPeriods, dependenciesPerComponent, lagShare, maxLagPeriods, windowShare,
                pinShare, value, periodBudgetShare, phaseBudgetShare, capacityOverrideShare,
                splitFundingShare, threePointShare, capexProfileShare, capexByPeriodShare, opexShare, opexInBudget,
                headroom);
    }

    public GeneratorSettings withBudgetShares(double periodBudget, double phaseBudget) {
        return new GeneratorSettings(components, periods, periodUnit, fundingSources, resources, phases, mustShare,
                couldShare, maxDurationPeriods, dependenciesPerComponent, lagShare, maxLagPeriods, windowShare,
                pinShare, exclusionShare, periodBudget, phaseBudget, capacityOverrideShare,
                splitFundingShare, threePointShare, capexProfileShare, capexByPeriodShare, opexShare, opexInBudget,
                headroom);
    }

    public GeneratorSettings withCapacityOverrideShare(double value) {
        return new GeneratorSettings(components, periods, periodUnit, fundingSources, resources, phases, mustShare,
                couldShare, maxDurationPeriods, dependenciesPerComponent, lagShare, maxLagPeriods, windowShare,
                pinShare, exclusionShare, periodBudgetShare, phaseBudgetShare, value,
                splitFundingShare, threePointShare, capexProfileShare, capexByPeriodShare, opexShare, opexInBudget,
                headroom);
    }

    public GeneratorSettings withSplitFundingShare(double value) {
        return new GeneratorSettings(components, periods, periodUnit, fundingSources, resources, phases, mustShare,
                couldShare, maxDurationPeriods, dependenciesPerComponent, lagShare, maxLagPeriods, windowShare,
                pinShare, exclusionShare, periodBudgetShare, phaseBudgetShare, capacityOverrideShare,
                value, threePointShare, capexProfileShare, capexByPeriodShare, opexShare, opexInBudget,
                headroom);
    }

    public GeneratorSettings withCapexShares(double threePoint, double capexProfile, double capexByPeriod) {
        return new GeneratorSettings(components, periods, periodUnit, fundingSources, resources, phases, mustShare,
                couldShare, maxDurationPeriods, dependenciesPerComponent, lagShare, maxLagPeriods, windowShare,
                pinShare, exclusionShare, periodBudgetShare, phaseBudgetShare, capacityOverrideShare,
                splitFundingShare, threePoint, capexProfile, capexByPeriod, opexShare, opexInBudget,
                headroom);
    }

    public GeneratorSettings withOpex(double share, boolean inBudget) {
        return new GeneratorSettings(components, periods, periodUnit, fundingSources, resources, phases, mustShare,
                couldShare, maxDurationPeriods, dependenciesPerComponent, lagShare, maxLagPeriods, windowShare,
                pinShare, exclusionShare, periodBudgetShare, phaseBudgetShare, capacityOverrideShare,
                splitFundingShare, threePointShare, capexProfileShare, capexByPeriodShare, share, inBudget,
                headroom);
    }

    public GeneratorSettings withHeadroom(double value) {
        return new GeneratorSettings(components, periods, periodUnit, fundingSources, resources, phases, mustShare,
                couldShare, maxDurationPeriods, dependenciesPerComponent, lagShare, maxLagPeriods, windowShare,
                pinShare, exclusionShare, periodBudgetShare, phaseBudgetShare, capacityOverrideShare,
                splitFundingShare, threePointShare, capexProfileShare, capexByPeriodShare, opexShare, opexInBudget,
                value);
    }

    private static void requireInRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], was " + value);
        }
    }

    private static void requireShare(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be a share in [0, 1], was " + value);
        }
    }
}
