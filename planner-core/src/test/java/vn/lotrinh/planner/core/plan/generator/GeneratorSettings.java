package vn.lotrinh.planner.core.plan.generator;

import java.util.Objects;
import vn.lotrinh.planner.core.plan.PeriodUnit;

/**
 * The size and the densities of a plan that {@link RandomPlanGenerator} builds. Shares are probabilities in
 * {@code [0, 1]}, drawn independently per component (or per budget slot, per capacity slot). Take {@link #defaults()},
 * or start a {@link #builder()} from them and change what matters:
 * {@code GeneratorSettings.builder().components(25).periods(PeriodUnit.YEAR, 6).build()}.
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
 * @param eligibleFundingShare share of components the solver chooses the funding of, among two or three sources
 *     ({@code eligibleFunding}, its first option the one the caps are built for); 0 draws nothing, so that plans
 *     without it are the same as before it existed
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
        double eligibleFundingShare,
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
        requireShare("eligibleFundingShare", eligibleFundingShare);
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
        return builder().build();
    }

    /** A builder that starts from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Settings changed one group at a time; {@link #build()} checks them all. Starts from the defaults. */
    public static final class Builder {

        private int components = 50;
        private int periods = 10;
        private PeriodUnit periodUnit = PeriodUnit.YEAR;
        private int fundingSources = 3;
        private int resources = 1;
        private int phases = 2;
        private double mustShare = 0.3;
        private double couldShare = 0.3;
        private int maxDurationPeriods = 3;
        private double dependenciesPerComponent = 1.0;
        private double lagShare = 0.2;
        private int maxLagPeriods = 2;
        private double windowShare = 0.3;
        private double pinShare = 0.2;
        private double exclusionShare = 0.05;
        private double periodBudgetShare = 0.8;
        private double phaseBudgetShare = 0.5;
        private double capacityOverrideShare = 0.2;
        private double splitFundingShare = 0.3;
        private double eligibleFundingShare = 0;
        private double threePointShare = 0.7;
        private double capexProfileShare = 0.2;
        private double capexByPeriodShare = 0.1;
        private double opexShare = 0.6;
        private boolean opexInBudget = true;
        private double headroom = 0.5;

        private Builder() {
        }

        public Builder components(int count) {
            components = count;
            return this;
        }

        /** Sets the horizon; the number of phases is reduced to fit it when needed. */
        public Builder periods(PeriodUnit unit, int count) {
            periodUnit = unit;
            periods = count;
            phases = Math.min(phases, count);
            return this;
        }

        public Builder fundingSources(int count) {
            fundingSources = count;
            return this;
        }

        public Builder resources(int count) {
            resources = count;
            return this;
        }

        public Builder phases(int count) {
            phases = count;
            return this;
        }

        /** The shares of {@code MUST} and of {@code COULD} components; the rest are {@code SHOULD}. */
        public Builder priorityMix(double must, double could) {
            mustShare = must;
            couldShare = could;
            return this;
        }

        public Builder maxDurationPeriods(int count) {
            maxDurationPeriods = count;
            return this;
        }

        public Builder dependencies(double perComponent, double shareWithLag, int maxLag) {
            dependenciesPerComponent = perComponent;
            lagShare = shareWithLag;
            maxLagPeriods = maxLag;
            return this;
        }

        public Builder windowShare(double share) {
            windowShare = share;
            return this;
        }

        public Builder pinShare(double share) {
            pinShare = share;
            return this;
        }

        public Builder exclusionShare(double share) {
            exclusionShare = share;
            return this;
        }

        public Builder budgetShares(double periodBudget, double phaseBudget) {
            periodBudgetShare = periodBudget;
            phaseBudgetShare = phaseBudget;
            return this;
        }

        public Builder capacityOverrideShare(double share) {
            capacityOverrideShare = share;
            return this;
        }

        public Builder splitFundingShare(double share) {
            splitFundingShare = share;
            return this;
        }

        public Builder eligibleFundingShare(double share) {
            eligibleFundingShare = share;
            return this;
        }

        public Builder capexShares(double threePoint, double capexProfile, double capexByPeriod) {
            threePointShare = threePoint;
            capexProfileShare = capexProfile;
            capexByPeriodShare = capexByPeriod;
            return this;
        }

        public Builder opex(double share, boolean inBudget) {
            opexShare = share;
            opexInBudget = inBudget;
            return this;
        }

        public Builder headroom(double fraction) {
            headroom = fraction;
            return this;
        }

        /** @throws IllegalArgumentException when a setting is out of its range */
        public GeneratorSettings build() {
            return new GeneratorSettings(components, periods, periodUnit, fundingSources, resources, phases,
                    mustShare, couldShare, maxDurationPeriods, dependenciesPerComponent, lagShare, maxLagPeriods,
                    windowShare, pinShare, exclusionShare, periodBudgetShare, phaseBudgetShare, capacityOverrideShare,
                    splitFundingShare, eligibleFundingShare, threePointShare, capexProfileShare, capexByPeriodShare,
                    opexShare, opexInBudget, headroom);
        }
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
