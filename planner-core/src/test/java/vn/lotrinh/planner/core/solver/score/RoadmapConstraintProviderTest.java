package vn.lotrinh.planner.core.solver.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.solver.domain.BudgetCap;
import vn.lotrinh.planner.core.solver.domain.CapacityCap;
import vn.lotrinh.planner.core.solver.domain.ComponentAssignment;
import vn.lotrinh.planner.core.solver.domain.ComponentFacts;
import vn.lotrinh.planner.core.solver.domain.DependencyLink;
import vn.lotrinh.planner.core.solver.domain.DuplicateProviders;
import vn.lotrinh.planner.core.solver.domain.ExclusionPair;
import vn.lotrinh.planner.core.solver.domain.ReplacementLink;
import vn.lotrinh.planner.core.solver.domain.RoadmapProblem;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;
import vn.lotrinh.planner.core.solver.domain.SearchHints;
import vn.lotrinh.planner.core.solver.domain.Spending;
import vn.lotrinh.planner.core.solver.domain.Timing;

class RoadmapConstraintProviderTest {

    /** Periods 0 … 5. */
    private static final int HORIZON = 6;
    private static final int FUNDING_SOURCES = 2;
    private static final int RESOURCES = 2;
    private static final int NS_TINH = 0;
    private static final int NS_TW = 1;
    private static final int STAFF = 0;
    private static final int SERVERS = 1;

    private final ConstraintVerifier<RoadmapConstraintProvider, RoadmapSolution> constraintVerifier =
            ConstraintVerifier.build(new RoadmapConstraintProvider(), RoadmapSolution.class, ComponentAssignment.class)
                    .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

    // Dependency order

    @Test
    void dependencyOrderPenalizesPeriodsOfOverlapWithLag() {
        ComponentAssignment predecessor = component("A", 0).duration(3).startingAt(0).build();
        ComponentAssignment successor = component("B", 1).duration(1).startingAt(2).build();

        // A ends at 3, plus lag 1: B may start at 4 at the earliest; it starts at 2, so 4 - 2 = 2.
        constraintVerifier.verifyThat(RoadmapConstraintProvider::dependencyOrder)
                .given(predecessor, successor, new DependencyLink(0, 1, 1))
                .penalizesBy(2);
    }

    @Test
    void dependencyOrderAcceptsSuccessorStartingRightAfterTheLag() {
        ComponentAssignment predecessor = component("A", 0).duration(3).startingAt(0).build();
        ComponentAssignment successor = component("B", 1).duration(1).startingAt(4).build();

        // A ends at 3, plus lag 1: B starts at 4, the earliest it may.
        constraintVerifier.verifyThat(RoadmapConstraintProvider::dependencyOrder)
                .given(predecessor, successor, new DependencyLink(0, 1, 1))
                .penalizesBy(0);
    }

    @Test
    void dependencyOrderPenalizesScheduledSuccessorOfDeferredPredecessor() {
        ComponentAssignment predecessor = component("A", 0).duration(3).deferred().build();
        ComponentAssignment successor = component("B", 1).duration(1).startingAt(2).build();

        // Deferred A counts as ending at the horizon 6, plus lag 1: 7 - 2 = 5.
        constraintVerifier.verifyThat(RoadmapConstraintProvider::dependencyOrder)
                .given(predecessor, successor, new DependencyLink(0, 1, 1))
                .penalizesBy(5);
    }

    @Test
    void dependencyOrderIgnoresDeferredSuccessor() {
        ComponentAssignment predecessor = component("A", 0).duration(3).deferred().build();
        ComponentAssignment successor = component("B", 1).duration(1).deferred().build();

        constraintVerifier.verifyThat(RoadmapConstraintProvider::dependencyOrder)
                .given(predecessor, successor, new DependencyLink(0, 1, 0))
                .penalizesBy(0);
    }

    // Period budget

    @Test
    void periodBudgetPenalizesMoneyOverTheCapRoundedUpToUnits() {
        BudgetCap cap = new BudgetCap("NS_TINH 2022", NS_TINH, 1, 1, 10_000, false);
        ComponentAssignment a = component("A", 0).duration(2).capex(NS_TINH, 1_000, 6_500).startingAt(0).build();
        ComponentAssignment b = component("B", 1).duration(1).capex(NS_TINH, 4_700).startingAt(1).build();

        // Period 1: 6.5 + 4.7 = 11.2 units against 10, 1.2 over, rounded up to 2.
        constraintVerifier.verifyThat(RoadmapConstraintProvider::periodBudget)
                .given(cap, a, b)
                .penalizesBy(2);
    }

    @Test
    void periodBudgetAcceptsSpendingExactlyAtTheCap() {
        BudgetCap cap = new BudgetCap("NS_TINH 2022", NS_TINH, 1, 1, 10_000, false);
        ComponentAssignment a = component("A", 0).duration(2).capex(NS_TINH, 1_000, 6_500).startingAt(0).build();
        ComponentAssignment b = component("B", 1).duration(1).capex(NS_TINH, 3_500).startingAt(1).build();

        // Period 1: 6.5 + 3.5 = 10 units, exactly the cap.
        constraintVerifier.verifyThat(RoadmapConstraintProvider::periodBudget)
                .given(cap, a, b)
                .penalizesBy(0);
    }

    @Test
    void periodBudgetCountsOnlyItsOwnFundingSourceAndPeriod() {
        BudgetCap cap = new BudgetCap("NS_TINH 2022", NS_TINH, 1, 1, 10_000, false);
        ComponentAssignment otherSource = component("A", 0).duration(1).capex(NS_TW, 50_000).startingAt(1).build();
        ComponentAssignment otherPeriods = component("B", 1).duration(3).capex(NS_TINH, 50_000, 0, 50_000)
                .startingAt(0).build();

        // Period 1 of NS_TINH: A pays with NS_TW, B spends 0 there.
        constraintVerifier.verifyThat(RoadmapConstraintProvider::periodBudget)
                .given(cap, otherSource, otherPeriods)
                .penalizesBy(0);
    }

    @Test
    void periodBudgetCountsOpexAfterGoLive() {
        BudgetCap cap = new BudgetCap("NS_TINH 2025", NS_TINH, 4, 4, 2_000, false);
        ComponentAssignment a = component("A", 0).duration(1).capex(NS_TINH, 9_000).opex(NS_TINH, 3_000)
                .startingAt(0).build();

        // A is live from period 1 on; period 4 spends its opex of 3 units against 2: 1 over.
        constraintVerifier.verifyThat(RoadmapConstraintProvider::periodBudget)
                .given(cap, a)
                .penalizesBy(1);
    }

    @Test
    void periodBudgetCountsTheFundingOptionChosen() {
        BudgetCap provincial = new BudgetCap("NS_TINH 2022", NS_TINH, 1, 1, 10_000, false);
        BudgetCap central = new BudgetCap("NS_TW 2022", NS_TW, 1, 1, 10_000, false);
        ComponentAssignment onProvincial = component("A", 0).capex(NS_TINH, 12_000).orPaidBy(NS_TW, false)
                .startingAt(1).build();
        ComponentAssignment onCentral = component("B", 1).capex(NS_TINH, 11_000).orPaidBy(NS_TW, true)
                .startingAt(1).build();

        // NS_TINH carries A's 12 (2 over), NS_TW B's 11 (1 over): B's NS_TINH figures are not its chosen option's.
        constraintVerifier.verifyThat(RoadmapConstraintProvider::periodBudget)
                .given(provincial, central, onProvincial, onCentral)
                .penalizesBy(3);
    }

    @Test
    void periodBudgetIgnoresPhaseBudgets() {
        BudgetCap phaseCap = new BudgetCap("NS_TINH GD1", NS_TINH, 1, 1, 1_000, true);
        ComponentAssignment a = component("A", 0).duration(1).capex(NS_TINH, 9_000).startingAt(1).build();

        constraintVerifier.verifyThat(RoadmapConstraintProvider::periodBudget)
                .given(phaseCap, a)
                .penalizesBy(0);
    }

    // Phase budget

    @Test
    void phaseBudgetSumsSpendingOverThePhase() {
        BudgetCap cap = new BudgetCap("NS_TINH GD1", NS_TINH, 1, 3, 10_000, true);
        ComponentAssignment a = component("A", 0).duration(3).capex(NS_TINH, 4_000, 4_000, 4_000)
                .startingAt(0).build();
        ComponentAssignment b = component("B", 1).duration(2).capex(NS_TINH, 4_500, 9_000).startingAt(3).build();

        // Periods 1–3: A 4 + 4 (its period 0 is before the phase), B 4.5 (its period 4 is after) = 12.5 against 10:
        // 2.5 over, rounded up to 3.
        constraintVerifier.verifyThat(RoadmapConstraintProvider::phaseBudget)
                .given(cap, a, b)
                .penalizesBy(3);
    }

    @Test
    void phaseBudgetAcceptsPhaseSpendingWithinTheCap() {
        BudgetCap cap = new BudgetCap("NS_TINH GD1", NS_TINH, 1, 3, 10_000, true);
        ComponentAssignment a = component("A", 0).duration(3).capex(NS_TINH, 4_000, 4_000, 4_000)
                .startingAt(0).build();
        ComponentAssignment b = component("B", 1).duration(2).capex(NS_TINH, 2_000, 9_000).startingAt(3).build();

        // Periods 1–3: 4 + 4 + 2 = 10, exactly the cap.
        constraintVerifier.verifyThat(RoadmapConstraintProvider::phaseBudget)
                .given(cap, a, b)
                .penalizesBy(0);
    }

    @Test
    void phaseBudgetCountsTheFundingOptionChosen() {
        BudgetCap provincialPhase = new BudgetCap("NS_TINH GD1", NS_TINH, 0, 2, 3_000, true);
        ComponentAssignment onCentral = component("A", 0).duration(2).capex(NS_TINH, 6_000, 6_000)
                .orPaidBy(NS_TW, true).startingAt(0).build();
        ComponentAssignment onProvincial = component("B", 1).capex(NS_TINH, 4_000).orPaidBy(NS_TW, false)
                .startingAt(2).build();

        // A is paid by NS_TW: the phase's NS_TINH spending is B's 4 alone, 1 over the 3.
        constraintVerifier.verifyThat(RoadmapConstraintProvider::phaseBudget)
                .given(provincialPhase, onCentral, onProvincial)
                .penalizesBy(1);
    }

    @Test
    void phaseBudgetIgnoresPeriodBudgets() {
        BudgetCap periodCap = new BudgetCap("NS_TINH 2022", NS_TINH, 1, 1, 1_000, false);
        ComponentAssignment a = component("A", 0).duration(1).capex(NS_TINH, 9_000).startingAt(1).build();

        constraintVerifier.verifyThat(RoadmapConstraintProvider::phaseBudget)
                .given(periodCap, a)
                .penalizesBy(0);
    }

    // Resource capacity

    @Test
    void resourceCapacityPenalizesDemandOverCapacityRoundedUpToUnits() {
        CapacityCap cap = new CapacityCap("STAFF 2023", STAFF, 2, 3_000);
        ComponentAssignment a = component("A", 0).duration(2).demand(STAFF, 2_000).startingAt(1).build();
        ComponentAssignment b = component("B", 1).duration(1).demand(STAFF, 2_500).startingAt(2).build();

        // Period 2: 2 + 2.5 = 4.5 staff against 3, 1.5 over, rounded up to 2.
        constraintVerifier.verifyThat(RoadmapConstraintProvider::resourceCapacity)
                .given(cap, a, b)
                .penalizesBy(2);
    }

    @Test
    void resourceCapacityIgnoresComponentsNotUnderImplementationInThePeriod() {
        CapacityCap cap = new CapacityCap("STAFF 2023", STAFF, 2, 3_000);
        ComponentAssignment finished = component("A", 0).duration(2).demand(STAFF, 9_000).startingAt(0).build();
        ComponentAssignment notStarted = component("B", 1).duration(1).demand(STAFF, 9_000).startingAt(3).build();
        ComponentAssignment otherResource = component("C", 2).duration(1).demand(SERVERS, 9_000).startingAt(2)
                .build();

        // A runs in periods 0–1, B in 3, C demands servers only.
        constraintVerifier.verifyThat(RoadmapConstraintProvider::resourceCapacity)
                .given(cap, finished, notStarted, otherResource)
                .penalizesBy(0);
    }

    // Exclusion

    @Test
    void exclusionPenalizesBothAlternativesScheduled() {
        ComponentAssignment first = component("IOC", 0).duration(2).startingAt(0).build();
        ComponentAssignment second = component("IOC_THUE", 1).duration(1).startingAt(4).build();

        constraintVerifier.verifyThat(RoadmapConstraintProvider::exclusion)
                .given(first, second, new ExclusionPair(0, 1))
                .penalizesBy(1);
    }

    @Test
    void exclusionAcceptsOneAlternativeDeferred() {
        ComponentAssignment first = component("IOC", 0).duration(2).startingAt(0).build();
        ComponentAssignment second = component("IOC_THUE", 1).duration(1).deferred().build();

        constraintVerifier.verifyThat(RoadmapConstraintProvider::exclusion)
                .given(first, second, new ExclusionPair(0, 1))
                .penalizesBy(0);
    }

    // No duplicate capability

    @Test
    void noDuplicateCapabilityPenalizesBothProvidersScheduled() {
        ComponentAssignment first = component("KDL", 0).startingAt(0).build();
        ComponentAssignment second = component("KHO_DL", 1).startingAt(3).build();
        ComponentAssignment third = component("SOC", 2).startingAt(0).build();

        constraintVerifier.verifyThat(RoadmapConstraintProvider::noDuplicateCapability)
                .given(first, second, third, new DuplicateProviders(0, 1, List.of("FW_CSDL_DUNGCHUNG_TINH")))
                .penalizesBy(1);
    }

    @Test
    void noDuplicateCapabilityAcceptsOneProviderDeferred() {
        ComponentAssignment first = component("KDL", 0).startingAt(0).build();
        ComponentAssignment second = component("KHO_DL", 1).deferred().build();

        constraintVerifier.verifyThat(RoadmapConstraintProvider::noDuplicateCapability)
                .given(first, second, new DuplicateProviders(0, 1, List.of("FW_CSDL_DUNGCHUNG_TINH")))
                .penalizesBy(0);
    }

    // Replacement order

    @Test
    void replacementOrderPenalizesPeriodsTheUpgradeStartsBeforeTheOldSystemIsLive() {
        ComponentAssignment older = component("LGSP", 0).duration(3).startingAt(0).build();
        ComponentAssignment newer = component("LGSP_UPGRADE", 1).duration(2).startingAt(1).build();

        // LGSP is live from period 3; the upgrade starts at 1: 3 − 1 = 2.
        constraintVerifier.verifyThat(RoadmapConstraintProvider::replacementOrder)
                .given(older, newer, new ReplacementLink(0, 1))
                .penalizesBy(2);
    }

    @Test
    void replacementOrderAcceptsTheUpgradeAtGoLiveAndAnUpgradeOfADeferredSystem() {
        ComponentAssignment older = component("LGSP", 0).duration(3).startingAt(0).build();
        ComponentAssignment newer = component("LGSP_UPGRADE", 1).duration(2).startingAt(3).build();
        ComponentAssignment deferredOld = component("EMAIL", 2).duration(2).deferred().build();
        ComponentAssignment upgradeAlone = component("EMAIL_V2", 3).duration(2).startingAt(0).build();

        constraintVerifier.verifyThat(RoadmapConstraintProvider::replacementOrder)
                .given(older, newer, deferredOld, upgradeAlone, new ReplacementLink(0, 1), new ReplacementLink(2, 3))
                .penalizesBy(0);
    }

    // Time window

    @Test
    void timeWindowPenalizesPeriodsBeforeEarliestStart() {
        ComponentAssignment a = component("A", 0).duration(1).earliestStart(3).startingAt(1).build();

        // Earliest start 3, starts at 1: 3 - 1 = 2.
        constraintVerifier.verifyThat(RoadmapConstraintProvider::timeWindow)
                .given(a)
                .penalizesBy(2);
    }

    @Test
    void timeWindowPenalizesPeriodsAfterLatestFinish() {
        ComponentAssignment a = component("A", 0).duration(3).latestFinish(2).startingAt(2).build();

        // Runs in periods 2–4, latest finish 2: 4 - 2 = 2.
        constraintVerifier.verifyThat(RoadmapConstraintProvider::timeWindow)
                .given(a)
                .penalizesBy(2);
    }

    @Test
    void timeWindowAcceptsComponentFillingItsWindowExactly() {
        ComponentAssignment filling = component("A", 0).duration(3).earliestStart(1).latestFinish(3).startingAt(1)
                .build();
        ComponentAssignment deferred = component("B", 1).duration(3).earliestStart(1).latestFinish(3).deferred()
                .build();

        constraintVerifier.verifyThat(RoadmapConstraintProvider::timeWindow)
                .given(filling, deferred)
                .penalizesBy(0);
    }

    // Horizon

    @Test
    void horizonPenalizesPeriodsPastTheLastPeriod() {
        ComponentAssignment a = component("A", 0).duration(3).startingAt(5).build();

        // Runs in periods 5–7 of a horizon ending at 5: ends at 8, 8 - 6 = 2.
        constraintVerifier.verifyThat(RoadmapConstraintProvider::horizon)
                .given(a)
                .penalizesBy(2);
    }

    @Test
    void horizonAcceptsComponentFinishingInTheLastPeriod() {
        ComponentAssignment a = component("A", 0).duration(3).startingAt(3).build();

        constraintVerifier.verifyThat(RoadmapConstraintProvider::horizon)
                .given(a)
                .penalizesBy(0);
    }

    // Pinned start

    @Test
    void pinnedStartPenalizesPeriodsOffThePin() {
        ComponentAssignment a = component("A", 0).duration(1).pinnedTo(1).startingAt(3).build();

        // Pinned to 1, starts at 3: 2.
        constraintVerifier.verifyThat(RoadmapConstraintProvider::pinnedStart)
                .given(a)
                .penalizesBy(2);
    }

    @Test
    void pinnedStartPenalizesDeferredPinnedComponentByPeriodsToTheHorizon() {
        ComponentAssignment a = component("A", 0).duration(1).pinnedTo(2).deferred().build();

        // Deferred counts as starting at the horizon 6: 6 - 2 = 4.
        constraintVerifier.verifyThat(RoadmapConstraintProvider::pinnedStart)
                .given(a)
                .penalizesBy(4);
    }

    @Test
    void pinnedStartAcceptsComponentAtItsPin() {
        ComponentAssignment pinned = component("A", 0).duration(1).pinnedTo(2).startingAt(2).build();
        ComponentAssignment free = component("B", 1).duration(1).startingAt(4).build();

        constraintVerifier.verifyThat(RoadmapConstraintProvider::pinnedStart)
                .given(pinned, free)
                .penalizesBy(0);
    }

    // Must component scheduled

    @Test
    void mustComponentScheduledPenalizesDeferredMust() {
        ComponentAssignment must = component("A", 0).duration(1).must().deferred().build();
        ComponentAssignment otherMust = component("B", 1).duration(1).must().deferred().build();
        ComponentAssignment should = component("C", 2).duration(1).deferred().build();

        // Two deferred MUST components; the deferred SHOULD one is free to be.
        constraintVerifier.verifyThat(RoadmapConstraintProvider::mustComponentScheduled)
                .given(must, otherMust, should)
                .penalizesBy(2);
    }

    @Test
    void mustComponentScheduledAcceptsScheduledMust() {
        ComponentAssignment must = component("A", 0).duration(1).must().startingAt(0).build();

        constraintVerifier.verifyThat(RoadmapConstraintProvider::mustComponentScheduled)
                .given(must)
                .penalizesBy(0);
    }

    // Value over time

    @Test
    void valueOverTimeRewardsValueTimesPeriodsFromGoLiveToHorizon() {
        // A: 10 × (6 − 0 − 2 + 1) = 50; B finishes in the last period: 3 × (6 − 3 − 3 + 1) = 3; C deferred: 0.
        constraintVerifier.verifyThat(RoadmapConstraintProvider::valueOverTime)
                .givenSolution(solution(Objective.VALUE_OVER_TIME, valuedComponents()))
                .rewardsWith(53);
    }

    @Test
    void valueOverTimeIsOffUnderAnotherObjective() {
        constraintVerifier.verifyThat(RoadmapConstraintProvider::valueOverTime)
                .givenSolution(solution(Objective.MAX_VALUE, valuedComponents()))
                .rewardsWith(0);
    }

    // Value

    @Test
    void valueRewardsValueOfEveryScheduledComponent() {
        // A 10 + B 3; C is deferred.
        constraintVerifier.verifyThat(RoadmapConstraintProvider::value)
                .givenSolution(solution(Objective.MAX_VALUE, valuedComponents()))
                .rewardsWith(13);
    }

    @Test
    void valueIsOffUnderAnotherObjective() {
        constraintVerifier.verifyThat(RoadmapConstraintProvider::value)
                .givenSolution(solution(Objective.VALUE_OVER_TIME, valuedComponents()))
                .rewardsWith(0);
    }

    // Makespan

    @Test
    void makespanPenalizesLatestEnd() {
        // A ends at 2, B at 6; C is deferred: max = 6.
        constraintVerifier.verifyThat(RoadmapConstraintProvider::makespan)
                .givenSolution(solution(Objective.MIN_MAKESPAN, valuedComponents()))
                .penalizesBy(6);
    }

    @Test
    void makespanPenalizesNothingWhenEveryComponentIsDeferred() {
        List<ComponentAssignment> deferred = List.of(
                component("A", 0).duration(2).deferred().build(),
                component("B", 1).duration(3).deferred().build());

        constraintVerifier.verifyThat(RoadmapConstraintProvider::makespan)
                .givenSolution(solution(Objective.MIN_MAKESPAN, deferred))
                .penalizesBy(0);
    }

    @Test
    void makespanIsOffUnderAnotherObjective() {
        constraintVerifier.verifyThat(RoadmapConstraintProvider::makespan)
                .givenSolution(solution(Objective.VALUE_OVER_TIME, valuedComponents()))
                .penalizesBy(0);
    }

    @Test
    void earlyFinishRewardsEachScheduledComponentByPeriodsLeftAfterIt() {
        // A ends at 2, B at 6; C is deferred: (H − 2 + 1) + (H − 6 + 1).
        constraintVerifier.verifyThat(RoadmapConstraintProvider::earlyFinish)
                .givenSolution(solution(Objective.MIN_MAKESPAN, valuedComponents()))
                .rewardsWith((HORIZON - 1) + (HORIZON - 5));
    }

    @Test
    void earlyFinishIsOffUnderAnotherObjective() {
        constraintVerifier.verifyThat(RoadmapConstraintProvider::earlyFinish)
                .givenSolution(solution(Objective.MAX_VALUE, valuedComponents()))
                .rewardsWith(0);
    }

    @Test
    void makespanOutweighsTheWholeEarlyFinishReward() {
        // Three components, each rewarded at most H + 1: one period of makespan weighs 3 × (H + 1) + 1.
        RoadmapSolution solution = solution(Objective.MIN_MAKESPAN, valuedComponents());
        assertThat(solution.getConstraintConfiguration().getMakespan().softScore()).isEqualTo(3L * (HORIZON + 1) + 1);
        assertThat(solution.getConstraintConfiguration().getEarlyFinish().softScore()).isEqualTo(1);
    }

    // Stability

    @Test
    void stabilityPenalizesEveryPeriodMovedFromTheBaselineAndTheHorizonForADeferral() {
        List<ComponentAssignment> components = List.of(
                component("A", 0).duration(1).baselineAt(1).startingAt(3).build(),
                component("B", 1).duration(1).baselineAt(4).startingAt(2).build(),
                component("C", 2).duration(1).baselineAt(0).deferred().build());

        // A moves 2 periods later, B 2 earlier, C is deferred: the horizon, 6.
        constraintVerifier.verifyThat(RoadmapConstraintProvider::stability)
                .givenSolution(solution(Objective.VALUE_OVER_TIME, components, 5))
                .penalizesBy(2 + 2 + HORIZON);
    }

    @Test
    void stabilityIgnoresComponentsAtTheirBaselineStartAndThoseWithoutOne() {
        List<ComponentAssignment> components = List.of(
                component("A", 0).duration(1).baselineAt(1).startingAt(1).build(),
                component("B", 1).duration(1).startingAt(2).build());

        constraintVerifier.verifyThat(RoadmapConstraintProvider::stability)
                .givenSolution(solution(Objective.VALUE_OVER_TIME, components, 5))
                .penalizesBy(0);
    }

    @Test
    void stabilityIsOffWithoutAWeight() {
        List<ComponentAssignment> components = List.of(
                component("A", 0).duration(1).baselineAt(1).startingAt(3).build());

        constraintVerifier.verifyThat(RoadmapConstraintProvider::stability)
                .givenSolution(solution(Objective.VALUE_OVER_TIME, components))
                .penalizesBy(0);
    }

    // Framework preference

    @Test
    void frameworkPreferenceOverTimeRewardsTheBonusFromGoLiveToHorizon() {
        // A: 4 × (6 − 0 − 2 + 1) = 20; B gets no bonus; C is deferred.
        constraintVerifier.verifyThat(RoadmapConstraintProvider::frameworkPreferenceOverTime)
                .givenSolution(solution(Objective.VALUE_OVER_TIME, requiredFrameworkComponents()))
                .rewardsWith(20);
    }

    @Test
    void frameworkPreferenceOverTimeIsOffUnderAnotherObjective() {
        constraintVerifier.verifyThat(RoadmapConstraintProvider::frameworkPreferenceOverTime)
                .givenSolution(solution(Objective.MAX_VALUE, requiredFrameworkComponents()))
                .rewardsWith(0);
    }

    @Test
    void frameworkPreferenceRewardsTheBonusOfEveryScheduledComponent() {
        constraintVerifier.verifyThat(RoadmapConstraintProvider::frameworkPreference)
                .givenSolution(solution(Objective.MAX_VALUE, requiredFrameworkComponents()))
                .rewardsWith(4);
    }

    @Test
    void frameworkPreferenceIsOffUnderAnotherObjective() {
        constraintVerifier.verifyThat(RoadmapConstraintProvider::frameworkPreference)
                .givenSolution(solution(Objective.MIN_MAKESPAN, requiredFrameworkComponents()))
                .rewardsWith(0);
    }

    private static List<ComponentAssignment> requiredFrameworkComponents() {
        return List.of(
                component("A", 0).duration(2).value(10).frameworkBonus(4).startingAt(0).build(),
                component("B", 1).duration(3).value(3).startingAt(3).build(),
                component("C", 2).duration(1).value(100).frameworkBonus(4).deferred().build());
    }

    private static List<ComponentAssignment> valuedComponents() {
        return List.of(
                component("A", 0).duration(2).value(10).startingAt(0).build(),
                component("B", 1).duration(3).value(3).startingAt(3).build(),
                component("C", 2).duration(1).value(100).deferred().build());
    }

    /** A solution of the objective whose assignments are these (their facts its components). */
    private static RoadmapSolution solution(Objective objective, List<ComponentAssignment> assignments) {
        return solution(objective, assignments, 0);
    }

    /** As {@link #solution(Objective, List)}, a re-plan when {@code stabilityWeight} is positive. */
    private static RoadmapSolution solution(Objective objective, List<ComponentAssignment> assignments,
            long stabilityWeight) {
        RoadmapSolution solution = new RoadmapSolution(new RoadmapProblem(objective, HORIZON, FUNDING_SOURCES,
                RESOURCES, assignments.stream().map(ComponentAssignment::getFacts).toList(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), null, stabilityWeight, stabilityWeight > 0));
        for (int i = 0; i < assignments.size(); i++) {
            solution.getAssignments().get(i).setStart(assignments.get(i).getStart());
        }
        return solution;
    }

    private static ComponentBuilder component(String id, int index) {
        return new ComponentBuilder(id, index);
    }

    /** A component of a plan with {@link #HORIZON} periods, two funding sources and two resources; no costs unless set. */
    private static final class ComponentBuilder {

        private final String id;
        private final int index;
        private int durationPeriods = 1;
        private boolean must;
        private long scaledValue = 1;
        private long scaledFrameworkBonus;
        private Integer earliestStartWindow;
        private Integer latestFinishWindow;
        private Integer pinnedStart;
        private final long[][] fundedCapexMilli = new long[FUNDING_SOURCES][];
        private final long[] fundedOpexMilli = new long[FUNDING_SOURCES];
        private final long[] demandMilli = new long[RESOURCES];
        private Integer start;
        private Integer baselineStart;
        private Integer otherFundingSource;
        private int fundingOption;

        private ComponentBuilder(String id, int index) {
            this.id = id;
            this.index = index;
        }

        ComponentBuilder duration(int durationPeriods) {
            this.durationPeriods = durationPeriods;
            return this;
        }

        ComponentBuilder must() {
            this.must = true;
            return this;
        }

        ComponentBuilder value(long scaledValue) {
            this.scaledValue = scaledValue;
            return this;
        }

        /** The framework preference it gains when it delivers a required capability. */
        ComponentBuilder frameworkBonus(long scaledBonus) {
            this.scaledFrameworkBonus = scaledBonus;
            return this;
        }

        ComponentBuilder earliestStart(int period) {
            this.earliestStartWindow = period;
            return this;
        }

        ComponentBuilder latestFinish(int period) {
            this.latestFinishWindow = period;
            return this;
        }

        ComponentBuilder pinnedTo(int period) {
            this.pinnedStart = period;
            return this;
        }

        /** Capex paid by the funding source at each implementation offset. */
        ComponentBuilder capex(int fundingSource, long... milliByOffset) {
            this.fundedCapexMilli[fundingSource] = milliByOffset;
            return this;
        }

        ComponentBuilder opex(int fundingSource, long milliPerPeriod) {
            this.fundedOpexMilli[fundingSource] = milliPerPeriod;
            return this;
        }

        ComponentBuilder demand(int resource, long milliPerPeriod) {
            this.demandMilli[resource] = milliPerPeriod;
            return this;
        }

        ComponentBuilder startingAt(int period) {
            this.start = period;
            return this;
        }

        ComponentBuilder deferred() {
            this.start = null;
            return this;
        }

        /**
         * A second funding option: every cost paid by {@code source} instead, chosen when {@code chosen}; the first
         * option is the capex and opex as given.
         */
        ComponentBuilder orPaidBy(int source, boolean chosen) {
            this.otherFundingSource = source;
            this.fundingOption = chosen ? 1 : 0;
            return this;
        }

        /** Where the baseline of a re-plan starts it. */
        ComponentBuilder baselineAt(int period) {
            this.baselineStart = period;
            return this;
        }

        /** Every cost of the funding sources moved to {@code source}. */
        private Spending paidBy(int source, long[][] capex) {
            long[][] moved = new long[FUNDING_SOURCES][durationPeriods];
            long[] opex = new long[FUNDING_SOURCES];
            for (int f = 0; f < FUNDING_SOURCES; f++) {
                for (int k = 0; k < durationPeriods; k++) {
                    moved[source][k] += capex[f][k];
                }
                opex[source] += fundedOpexMilli[f];
            }
            return new Spending(moved, opex, demandMilli.clone(), HORIZON);
        }

        ComponentAssignment build() {
            long[][] capex = new long[FUNDING_SOURCES][];
            for (int f = 0; f < FUNDING_SOURCES; f++) {
                capex[f] = fundedCapexMilli[f] == null ? new long[durationPeriods] : fundedCapexMilli[f].clone();
                if (capex[f].length != durationPeriods) {
                    throw new IllegalStateException(id + ": one capex instalment per implementation period");
                }
            }
            Timing timing = new Timing(durationPeriods, HORIZON, 0, HORIZON - durationPeriods, earliestStartWindow,
                    latestFinishWindow, pinnedStart);
            Spending spending = new Spending(capex, fundedOpexMilli.clone(), demandMilli.clone(), HORIZON);
            List<Spending> options = otherFundingSource == null ? List.of(spending)
                    : List.of(spending, paidBy(otherFundingSource, capex));
            ComponentAssignment assignment = new ComponentAssignment(new ComponentFacts(id, index, must, scaledValue,
                    scaledFrameworkBonus, timing, options, List.of(), List.of(), List.of(), List.of(), List.of(),
                    new SearchHints(must, 0, durationPeriods, HORIZON - durationPeriods), baselineStart));
            assignment.setStart(start);
            assignment.setFundingOption(fundingOption);
            return assignment;
        }
    }
}
