package vn.lotrinh.planner.core.plan.read;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.core.plan.read.ExamplePlan.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each test breaks one rule of {@code roadmap-plan/1} in the shared example plan and expects exactly the one error
 * that names it.
 */
class PlanValidatorTest {

    private final PlanValidator validator = new PlanValidator();
    private final ObjectNode doc = ExamplePlan.document();

    private List<PlanError> errors() {
        return InEnglish.errors(validator.validate(doc));
    }

    private List<PlanWarning> warnings() {
        return InEnglish.warnings(PlanWarnings.of(new PlanReader().read(doc)));
    }

    private ObjectNode at(String pointer) {
        return (ObjectNode) doc.at(pointer);
    }

    private ArrayNode arrayAt(String pointer) {
        return (ArrayNode) doc.at(pointer);
    }

    private static PlanError error(String pointer, String message) {
        return InEnglish.error(pointer, message);
    }

    @Nested
    class ValidDocuments {

        @Test
        void acceptsTheExamplePlan() {
            assertThat(errors()).isEmpty();
        }

        @Test
        void acceptsUnknownMembersEverywhere() {
            doc.put("x-owner", "Sở TT&TT");
            at("/calendar").put("note", 1);
            at("/components/0").set("tags", json("[\"hạ tầng\"]"));
            at("/budgets/0").put("comment", "dự toán");

            assertThat(errors()).isEmpty();
        }

        @Test
        void acceptsNullAsAnAbsentOptionalMember() {
            doc.putNull("description");
            doc.putNull("economics");
            at("/components/1").putNull("funding");

            assertThat(errors()).isEmpty();
        }

        @Test
        void acceptsIdsWithVietnameseLetters() {
            at("/phases/0").put("id", "GĐ1");
            at("/budgets/5").put("phase", "GĐ1");

            assertThat(errors()).isEmpty();
        }

        @Test
        void acceptsComponentThatItsPredecessorsPushPastTheHorizon() {
            at("/components/5").put("priority", "SHOULD");

            assertThat(errors()).isEmpty();
        }
    }

    @Nested
    class StructureAndTypes {

        @Test
        void rejectsDocumentThatIsNotAnObject() {
            assertThat(InEnglish.errors(validator.validate(json("[1, 2]"))))
                    .containsExactly(error("", "a plan must be a JSON object, found a list"));
        }

        @Test
        void rejectsOtherFormat() {
            doc.put("format", "roadmap-plan/2");

            assertThat(errors()).containsExactly(
                    error("/format", "format must be \"roadmap-plan/1\", found \"roadmap-plan/2\""));
        }

        @Test
        void rejectsMissingFormat() {
            doc.remove("format");

            assertThat(errors()).containsExactly(error("/format", "format is missing: it must be \"roadmap-plan/1\""));
        }

        @Test
        void rejectsEmptyName() {
            doc.put("name", "");

            assertThat(errors()).containsExactly(
                    error("/name", "name must be text of 1 to 200 characters, found \"\""));
        }

        @Test
        void rejectsNameLongerThan200Characters() {
            doc.put("name", "Đ".repeat(201));

            assertThat(errors()).containsExactly(error("/name",
                    "name must be text of 1 to 200 characters, found \"" + "Đ".repeat(60) + "…\" (201 characters)"));
        }

        @Test
        void rejectsMissingCalendar() {
            doc.remove("calendar");

            assertThat(errors()).containsExactly(error("/calendar",
                    "calendar is missing: it must be an object with periodUnit, start and periods"));
        }

        @Test
        void rejectsUnknownPeriodUnit() {
            at("/calendar").put("periodUnit", "WEEK");

            assertThat(errors()).containsExactly(error("/calendar/periodUnit",
                    "calendar: periodUnit must be one of YEAR, QUARTER, MONTH, found \"WEEK\""));
        }

        @Test
        void rejectsCalendarStartThatDoesNotFitThePeriodUnit() {
            at("/calendar").put("periodUnit", "QUARTER");

            assertThat(errors()).containsExactly(error("/calendar/start",
                    "calendar: start must be a quarter such as \"2021-Q1\" in a year from 1900 to 2200,"
                            + " found \"2021\""));
        }

        @Test
        void rejectsMorePeriodsThan600() {
            at("/calendar").put("periods", 601);

            assertThat(errors()).containsExactly(
                    error("/calendar/periods", "calendar: periods must be a whole number from 1 to 600, found 601"));
        }

        @Test
        void rejectsEmptyFundingSources() {
            doc.set("fundingSources", json("[]"));

            assertThat(errors()).containsExactly(error("/fundingSources",
                    "fundingSources must be a list of at least one funding source, found an empty list"));
        }

        @Test
        void rejectsEmptyComponents() {
            doc.set("components", json("[]"));

            assertThat(errors()).containsExactly(error("/components",
                    "components must be a list of at least one component, found an empty list"));
        }

        @Test
        void rejectsTextWhereAnAmountIsNeeded() {
            at("/budgets/2").put("amount", "22000");

            assertThat(errors()).containsExactly(error("/budgets/2/amount",
                    "budget: amount must be an amount from 0 to 1,000,000,000,000, found \"22000\""));
        }

        @Test
        void rejectsObjectWhereAListIsNeeded() {
            at("/components/1").set("dependsOn", json("{\"TTDL\": 0}"));

            assertThat(errors()).containsExactly(error("/components/1/dependsOn",
                    "component \"SOC\": dependsOn must be a list of component ids or {id, lag} objects,"
                            + " found an object"));
        }

        @Test
        void rejectsNullForARequiredMember() {
            at("/components/3").putNull("duration");

            assertThat(errors()).containsExactly(error("/components/3/duration",
                    "component \"MCDT\": duration must be a whole number of periods from 1 to 600, found null"));
        }

        @Test
        void rejectsMissingComponentName() {
            at("/components/3").remove("name");

            assertThat(errors()).containsExactly(
                    error("/components/3/name", "component \"MCDT\": name is missing: it must be text"));
        }

        @Test
        void rejectsUnknownLayer() {
            at("/components/4").put("layer", "Data");

            assertThat(errors()).containsExactly(error("/components/4/layer",
                    "component \"KDL\": layer must be one of BUSINESS, DATA, APPLICATION, TECHNOLOGY, SECURITY,"
                            + " INFRASTRUCTURE, GOVERNANCE, found \"Data\""));
        }

        @Test
        void rejectsUnknownPriority() {
            at("/components/4").put("priority", "HIGH");

            assertThat(errors()).containsExactly(error("/components/4/priority",
                    "component \"KDL\": priority must be one of MUST, SHOULD, COULD, found \"HIGH\""));
        }

        @Test
        void rejectsUnknownEstimateDistribution() {
            at("/economics").put("estimateDistribution", "NORMAL");

            assertThat(errors()).containsExactly(error("/economics/estimateDistribution",
                    "economics: estimateDistribution must be one of PERT, TRIANGULAR, found \"NORMAL\""));
        }

        @Test
        void rejectsIdWithSpace() {
            at("/components/3").put("id", "MC DT");

            assertThat(errors()).containsExactly(error("/components/3/id",
                    "component: id must be 1 to 64 letters, digits, \"_\", \"-\" or \".\", found \"MC DT\""));
        }

        @Test
        void rejectsIdLongerThan64CharactersButStillResolvesReferencesToIt() {
            String longId = "S".repeat(65);
            at("/resources/0").put("id", longId);
            at("/capacities/0").put("resource", longId);
            at("/capacities/1").put("resource", longId);
            for (int i = 0; i < 6; i++) {
                at("/components/" + i).remove("demand");
            }

            assertThat(errors()).containsExactly(error("/resources/0/id",
                    "resource: id must be 1 to 64 letters, digits, \"_\", \"-\" or \".\", found \"" + "S".repeat(60)
                            + "…\" (65 characters)"));
        }

        @Test
        void rejectsLowercaseCurrency() {
            doc.put("currency", "vnd");

            assertThat(errors()).containsExactly(error("/currency",
                    "currency must be an ISO 4217 code of three capital letters such as \"VND\", found \"vnd\""));
        }

        @Test
        void rejectsZeroMoneyUnit() {
            doc.put("moneyUnit", 0);

            assertThat(errors()).containsExactly(error("/moneyUnit",
                    "moneyUnit must be a number from 0.000001 to 1,000,000,000,000, found 0"));
        }

        @Test
        void rejectsOpexInBudgetThatIsNotABoolean() {
            at("/economics").put("opexInBudget", "yes");

            assertThat(errors()).containsExactly(
                    error("/economics/opexInBudget", "economics: opexInBudget must be true or false, found \"yes\""));
        }

        @Test
        void rejectsBaseYearThatIsNotAFourDigitYear() {
            at("/economics").put("baseYear", 21);

            assertThat(errors()).containsExactly(
                    error("/economics/baseYear", "economics: baseYear must be a year from 1900 to 2200, found 21"));
        }

        @Test
        void escapesMemberNamesInPointers() {
            at("/components/1").set("funding", json("{\"NS/TW~1\": 1}"));

            assertThat(errors()).containsExactly(error("/components/1/funding/NS~1TW~01",
                    "component \"SOC\": funding names \"NS/TW~1\", which is not one of the plan's funding sources"
                            + " (NS_TINH, NS_TW)"));
        }
    }

    @Nested
    class Numbers {

        @Test
        void rejectsAmountTooLargeForTheMilliUnitLong() {
            at("/budgets/0").set("amount", DecimalNode.valueOf(new BigDecimal("1e400")));

            assertThat(errors()).containsExactly(error("/budgets/0/amount",
                    "budget: amount must be an amount from 0 to 1,000,000,000,000, found 1E+400"));
        }

        @Test
        void rejectsNegativeOpex() {
            at("/components/1").put("opexPerPeriod", -1);

            assertThat(errors()).containsExactly(error("/components/1/opexPerPeriod",
                    "component \"SOC\": opexPerPeriod must be an amount from 0 to 1,000,000,000,000, found -1"));
        }

        @Test
        void rejectsNotANumberFromAnotherMapper() {
            at("/components/0").set("value", DoubleNode.valueOf(Double.NaN));

            assertThat(errors()).containsExactly(
                    error("/components/0/value", "component \"TTDL\": value must be a number from 0 to 1,000,000,"
                            + " found NaN"));
        }

        @Test
        void rejectsNegativeValue() {
            at("/components/0").put("value", -5);

            assertThat(errors()).containsExactly(error("/components/0/value",
                    "component \"TTDL\": value must be a number from 0 to 1,000,000, found -5"));
        }

        @Test
        void rejectsFractionalDuration() {
            at("/components/3").set("duration", DecimalNode.valueOf(new BigDecimal("1.5")));

            assertThat(errors()).containsExactly(error("/components/3/duration",
                    "component \"MCDT\": duration must be a whole number of periods from 1 to 600, found 1.5"));
        }

        @Test
        void acceptsWholeNumberWrittenWithDecimals() {
            at("/components/3").set("duration", DecimalNode.valueOf(new BigDecimal("1.0")));

            assertThat(errors()).isEmpty();
        }

        @Test
        void rejectsFractionalLag() {
            at("/components/2/dependsOn/0").set("lag", DecimalNode.valueOf(new BigDecimal("0.5")));

            assertThat(errors()).containsExactly(error("/components/2/dependsOn/0/lag",
                    "component \"LGSP\": lag must be a whole number of periods from 0 to 600, found 0.5"));
        }

        @Test
        void rejectsInflationRateAbove100Percent() {
            at("/economics").put("inflationRate", 1.5);

            assertThat(errors()).containsExactly(error("/economics/inflationRate",
                    "economics: inflationRate must be a yearly rate from -0.5 to 1 (0.04 is 4 %), found 1.5"));
        }

        @Test
        void rejectsCostCorrelationAboveOne() {
            at("/economics").put("costCorrelation", 1.2);

            assertThat(errors()).containsExactly(error("/economics/costCorrelation",
                    "economics: costCorrelation must be a number from 0 to 1, found 1.2"));
        }

        @Test
        void rejectsNegativeDemand() {
            at("/components/0/demand").put("STAFF", -2);

            assertThat(errors()).containsExactly(error("/components/0/demand/STAFF",
                    "component \"TTDL\": demand for \"STAFF\" must be a number from 0 to 1,000,000,000,000,"
                            + " found -2"));
        }

        @Test
        void rejectsComponentCostsTooLargeToAddUp() {
            at("/calendar").put("periods", 600);
            at("/components/0").put("opexPerPeriod", 1_000_000_000_000L);
            at("/components/1").put("opexPerPeriod", 1_000_000_000_000L);

            assertThat(errors()).containsExactly(error("/components",
                    "together the components cost 1200000004081000 over the horizon (highest capex plus opex in"
                            + " every period): the planner adds up at most 1,000,000,000,000,000"));
        }
    }

    @Nested
    class Duplicates {

        @Test
        void rejectsDuplicateComponentId() {
            arrayAt("/components").add(at("/components/3").deepCopy());

            assertThat(errors()).containsExactly(error("/components/7/id",
                    "component id \"MCDT\" is already used by /components/3: each component needs its own id"));
        }

        @Test
        void rejectsDuplicatePhaseId() {
            at("/phases/1").put("id", "GD1");
            at("/budgets/6").put("phase", "GD1");

            assertThat(errors()).containsExactly(error("/phases/1/id",
                    "phase id \"GD1\" is already used by /phases/0: each phase needs its own id"));
        }

        @Test
        void rejectsDuplicateFundingSourceId() {
            arrayAt("/fundingSources").add(json("{\"id\": \"NS_TW\", \"name\": \"Ngân sách trung ương (bổ sung)\"}"));

            assertThat(errors()).containsExactly(error("/fundingSources/2/id",
                    "funding source id \"NS_TW\" is already used by /fundingSources/1: each funding source needs its"
                            + " own id"));
        }

        @Test
        void rejectsDuplicateResourceId() {
            arrayAt("/resources").add(json("{\"id\": \"STAFF\"}"));

            assertThat(errors()).containsExactly(error("/resources/1/id",
                    "resource id \"STAFF\" is already used by /resources/0: each resource needs its own id"));
        }

        @Test
        void rejectsTwoBudgetsForTheSameSourceAndPeriod() {
            at("/budgets/1").put("period", "2021");

            assertThat(errors()).containsExactly(error("/budgets/1",
                    "funding source \"NS_TINH\" already has a budget for 2021 (/budgets/0): give each funding source"
                            + " one budget per period"));
        }

        @Test
        void rejectsTwoBudgetsForTheSameSourceAndPhase() {
            arrayAt("/budgets").add(json("{\"fundingSource\": \"NS_TINH\", \"phase\": \"GD1\", \"amount\": 1}"));

            assertThat(errors()).containsExactly(error("/budgets/7",
                    "funding source \"NS_TINH\" already has a budget for phase \"GD1\" (/budgets/5): give each"
                            + " funding source one budget per phase"));
        }

        @Test
        void rejectsTwoCapacitiesForTheSameResourceAndPeriod() {
            arrayAt("/capacities").add(json("{\"resource\": \"STAFF\", \"period\": \"2021\", \"amount\": 5}"));

            assertThat(errors()).containsExactly(error("/capacities/2",
                    "resource \"STAFF\" already has a capacity for 2021 (/capacities/1): give each resource one"
                            + " capacity per period"));
        }

        @Test
        void rejectsTwoCapacitiesForEveryPeriod() {
            arrayAt("/capacities").add(json("{\"resource\": \"STAFF\", \"amount\": 5}"));

            assertThat(errors()).containsExactly(error("/capacities/2",
                    "resource \"STAFF\" already has a capacity for every period (/capacities/0): give each resource"
                            + " at most one capacity without a period"));
        }
    }

    @Nested
    class References {

        @Test
        void rejectsBudgetOfUnknownFundingSource() {
            at("/budgets/0").put("fundingSource", "ODA");

            assertThat(errors()).containsExactly(error("/budgets/0/fundingSource",
                    "budget: fundingSource \"ODA\" is not one of the plan's funding sources (NS_TINH, NS_TW)"));
        }

        @Test
        void rejectsBudgetOfUnknownPhase() {
            at("/budgets/6").put("phase", "GD3");

            assertThat(errors()).containsExactly(
                    error("/budgets/6/phase", "budget: phase \"GD3\" is not one of the plan's phases (GD1, GD2)"));
        }

        @Test
        void rejectsCapacityOfUnknownResource() {
            at("/capacities/0").put("resource", "VEHICLE");

            assertThat(errors()).containsExactly(error("/capacities/0/resource",
                    "capacity: resource \"VEHICLE\" is not one of the plan's resources (STAFF)"));
        }

        @Test
        void rejectsFundingByUnknownSource() {
            at("/components/1").set("funding", json("{\"NS_TINH\": 0.5, \"ODA\": 0.5}"));

            assertThat(errors()).containsExactly(error("/components/1/funding/ODA",
                    "component \"SOC\": funding names \"ODA\", which is not one of the plan's funding sources"
                            + " (NS_TINH, NS_TW)"));
        }

        @Test
        void rejectsDemandForUnknownResource() {
            at("/components/1/demand").put("VEHICLE", 1);

            assertThat(errors()).containsExactly(error("/components/1/demand/VEHICLE",
                    "component \"SOC\": demand names \"VEHICLE\", which is not one of the plan's resources (STAFF)"));
        }

        @Test
        void rejectsDependencyOnUnknownComponent() {
            arrayAt("/components/1/dependsOn").set(0, "TTDX");

            assertThat(errors()).containsExactly(error("/components/1/dependsOn/0",
                    "component \"SOC\" depends on \"TTDX\", which is not a component of this plan"));
        }

        @Test
        void pointsAtTheIdOfAnUnknownDependencyGivenAsObject() {
            at("/components/2/dependsOn/0").put("id", "TTDX");

            assertThat(errors()).containsExactly(error("/components/2/dependsOn/0/id",
                    "component \"LGSP\" depends on \"TTDX\", which is not a component of this plan"));
        }

        @Test
        void rejectsComponentDependingOnItself() {
            arrayAt("/components/1/dependsOn").add("SOC");

            assertThat(errors()).containsExactly(
                    error("/components/1/dependsOn/1", "component \"SOC\" cannot depend on itself"));
        }

        @Test
        void rejectsExclusionOfUnknownComponent() {
            arrayAt("/components/5/excludes").set(0, "IOC_MUA");

            assertThat(errors()).containsExactly(error("/components/5/excludes/0",
                    "component \"IOC\" excludes \"IOC_MUA\", which is not a component of this plan"));
        }

        @Test
        void rejectsComponentExcludingItself() {
            arrayAt("/components/5/excludes").add("IOC");

            assertThat(errors()).containsExactly(
                    error("/components/5/excludes/1", "component \"IOC\" cannot exclude itself"));
        }
    }

    @Nested
    class Periods {

        @Test
        void rejectsPeriodInAnotherNotation() {
            at("/budgets/2").put("period", "2023-Q1");

            assertThat(errors()).containsExactly(error("/budgets/2/period",
                    "budget: period must be a period from 2021 to 2025, found \"2023-Q1\""));
        }

        @Test
        void rejectsPeriodOutsideTheHorizon() {
            at("/components/4").put("earliestStart", "2026");

            assertThat(errors()).containsExactly(error("/components/4/earliestStart",
                    "component \"KDL\": earliestStart must be a period from 2021 to 2025, found \"2026\""));
        }

        @Test
        void readsPeriodsInQuarterNotation() {
            at("/calendar").put("periodUnit", "QUARTER").put("start", "2021-Q3");
            at("/budgets/0").put("period", "2021-Q4");

            assertThat(errors()).contains(error("/budgets/1/period",
                    "budget: period must be a period from 2021-Q3 to 2022-Q3, found \"2022\""))
                    .doesNotContain(error("/budgets/0/period",
                            "budget: period must be a period from 2021-Q3 to 2022-Q3, found \"2021-Q4\""));
        }

        @Test
        void rejectsOverlappingPhases() {
            at("/phases/1").put("firstPeriod", "2022");

            assertThat(errors()).containsExactly(error("/phases/1",
                    "phase \"GD2\" (2022–2025) overlaps phase \"GD1\" (2021–2022): phases must not share periods"));
        }

        @Test
        void rejectsPhaseThatEndsBeforeItStarts() {
            at("/phases/1").put("firstPeriod", "2025").put("lastPeriod", "2023");

            assertThat(errors()).containsExactly(
                    error("/phases/1/lastPeriod", "phase \"GD2\": lastPeriod 2023 is before firstPeriod 2025"));
        }

        @Test
        void rejectsBudgetNamingBothPeriodAndPhase() {
            at("/budgets/0").put("phase", "GD1");

            assertThat(errors()).containsExactly(error("/budgets/0",
                    "a budget caps either one period or one phase, not both: remove period or phase"));
        }

        @Test
        void rejectsBudgetNamingNeitherPeriodNorPhase() {
            at("/budgets/0").remove("period");

            assertThat(errors()).containsExactly(
                    error("/budgets/0", "a budget must name the period or the phase it caps"));
        }
    }

    @Nested
    class Capex {

        @Test
        void rejectsThreePointEstimateOutOfOrder() {
            at("/components/0/capex").put("likely", 20000);

            assertThat(errors()).containsExactly(error("/components/0/capex",
                    "component \"TTDL\": capex must have low ≤ likely ≤ high, found low 9000, likely 20000,"
                            + " high 18000"));
        }

        @Test
        void rejectsNegativeThreePointValue() {
            at("/components/0/capex").put("low", -1);

            assertThat(errors()).containsExactly(error("/components/0/capex/low",
                    "component \"TTDL\": capex low must be an amount from 0 to 1,000,000,000,000, found -1"));
        }

        @Test
        void rejectsCapexThatIsNeitherAmountNorEstimate() {
            at("/components/6").put("capex", "2000");

            assertThat(errors()).containsExactly(error("/components/6/capex",
                    "component \"IOC_THUE\": capex must be an amount, or an object {low, likely, high} of amounts,"
                            + " found \"2000\""));
        }

        @Test
        void rejectsCapexByPeriodTogetherWithCapex() {
            at("/components/3").put("capex", 9000);

            assertThat(errors()).containsExactly(error("/components/3/capexByPeriod",
                    "component \"MCDT\": capexByPeriod replaces capex and capexProfile: give either capexByPeriod,"
                            + " or capex with an optional capexProfile"));
        }

        @Test
        void rejectsCapexProfileWithWrongNumberOfShares() {
            at("/components/0").set("capexProfile", json("[0.5, 0.3, 0.2]"));

            assertThat(errors()).containsExactly(error("/components/0/capexProfile",
                    "component \"TTDL\": capexProfile must have one share per implementation period (2), found 3"));
        }

        @Test
        void rejectsCapexProfileThatDoesNotAddUpToOne() {
            at("/components/0").set("capexProfile", json("[0.7, 0.2]"));

            assertThat(errors()).containsExactly(error("/components/0/capexProfile",
                    "component \"TTDL\": capexProfile shares must add up to 1, found 0.9"));
        }

        @Test
        void acceptsCapexProfileWithinOneBillionthOfOne() {
            at("/components/0").set("capexProfile", json("[0.7, 0.3000000005]"));

            assertThat(errors()).isEmpty();
        }

        @Test
        void rejectsCapexProfileSharesOutsideZeroToOne() {
            at("/components/0").set("capexProfile", json("[1.2, -0.2]"));

            assertThat(errors()).containsExactly(
                    error("/components/0/capexProfile/0",
                            "component \"TTDL\": each capexProfile share must be a share from 0 to 1, found 1.2"),
                    error("/components/0/capexProfile/1",
                            "component \"TTDL\": each capexProfile share must be a share from 0 to 1, found -0.2"));
        }

        @Test
        void rejectsCapexByPeriodWithWrongNumberOfAmounts() {
            at("/components/3").set("capexByPeriod", json("[4000, 5000]"));

            assertThat(errors()).containsExactly(error("/components/3/capexByPeriod",
                    "component \"MCDT\": capexByPeriod must have one amount per implementation period (1), found 2"));
        }

        @Test
        void rejectsFundingSharesThatDoNotAddUpToOne() {
            at("/components/1").set("funding", json("{\"NS_TINH\": 0.5, \"NS_TW\": 0.4}"));

            assertThat(errors()).containsExactly(error("/components/1/funding",
                    "component \"SOC\": funding shares must add up to 1, found 0.9"));
        }

        @Test
        void rejectsFundingShareAboveOne() {
            at("/components/4").set("funding", json("{\"NS_TW\": 1.5, \"NS_TINH\": -0.5}"));

            assertThat(errors()).containsExactly(
                    error("/components/4/funding/NS_TW",
                            "component \"KDL\": funding share of \"NS_TW\" must be a share from 0 to 1, found 1.5"),
                    error("/components/4/funding/NS_TINH",
                            "component \"KDL\": funding share of \"NS_TINH\" must be a share from 0 to 1, found -0.5"));
        }
    }

    @Nested
    class Cycles {

        @Test
        void rejectsDependencyCycleNamingWholeCycle() {
            at("/components/0").set("dependsOn", json("[\"MCDT\"]"));

            assertThat(errors()).containsExactly(
                    error("/components/0/dependsOn/0", "dependency cycle: TTDL → MCDT → LGSP → TTDL"));
        }

        @Test
        void startsTheCycleAtItsComponentThatComesFirstInThePlan() {
            arrayAt("/components/2/dependsOn").add("KDL");

            assertThat(errors()).containsExactly(
                    error("/components/2/dependsOn/1", "dependency cycle: LGSP → KDL → LGSP"));
        }

        @Test
        void reportsEachDistinctCycleOnce() {
            at("/components/0").set("dependsOn", json("[\"MCDT\", \"MCDT\"]"));
            arrayAt("/components/1/dependsOn").add("IOC");

            assertThat(errors()).containsExactly(
                    error("/components/0/dependsOn/0", "dependency cycle: TTDL → MCDT → LGSP → TTDL"),
                    error("/components/1/dependsOn/1", "dependency cycle: SOC → IOC → SOC"));
        }
    }

    @Nested
    class Time {

        @Test
        void storesAComponentLongerThanTheHorizonWithAWarning() {
            at("/components/4").put("duration", 6).remove("earliestStart");

            assertThat(errors()).isEmpty();
            assertThat(warnings()).startsWith(InEnglish.warning("/components/4/duration",
                    "component \"KDL\" takes 6 periods, longer than the horizon of 5 periods (2021–2025): no"
                            + " roadmap can schedule it, so it is deferred"));
        }

        @Test
        void rejectsLatestFinishBeforeEarliestStart() {
            at("/components/4").put("latestFinish", "2022");

            assertThat(errors()).containsExactly(error("/components/4/latestFinish",
                    "component \"KDL\" has latestFinish 2022 before its earliestStart 2023"));
        }

        @Test
        void storesAWindowTooShortForTheDurationWithAWarning() {
            at("/components/4").put("latestFinish", "2023");

            assertThat(errors()).isEmpty();
            assertThat(warnings()).startsWith(InEnglish.warning("/components/4/latestFinish",
                    "component \"KDL\" takes 2 periods, but its window 2023 holds only 1 period: no roadmap can"
                            + " schedule it, so it is deferred"));
        }

        @Test
        void storesALatestFinishBeforeTheEarliestPossibleFinishWithAWarning() {
            at("/components/4").remove("earliestStart");
            at("/components/4").put("latestFinish", "2021");

            assertThat(errors()).isEmpty();
            assertThat(warnings()).startsWith(InEnglish.warning("/components/4/latestFinish",
                    "component \"KDL\" takes 2 periods, so it finishes in 2022 at the earliest, after its"
                            + " latestFinish 2021: no roadmap can schedule it, so it is deferred"));
        }

        @Test
        void storesAnEarliestStartTooLateToFinishInsideTheHorizonWithAWarningForItAndWhatDependsOnIt() {
            at("/components/4").put("earliestStart", "2025");

            assertThat(errors()).isEmpty();
            assertThat(warnings()).containsExactly(
                    InEnglish.warning("/components/4/earliestStart", "component \"KDL\" takes 2 periods, so starting"
                            + " in 2025 at the earliest it cannot finish inside the horizon, which ends in 2025: no"
                            + " roadmap can schedule it, so it is deferred"),
                    InEnglish.warning("/components/5/dependsOn/0", "component \"IOC\" depends on \"KDL\", which can"
                            + " never be scheduled: no roadmap can schedule it, so it is deferred"),
                    InEnglish.warning("/components/6/dependsOn/0", "component \"IOC_THUE\" depends on \"KDL\", which"
                            + " can never be scheduled: no roadmap can schedule it, so it is deferred"));
        }

        @Test
        void storesALatestFinishThatPredecessorsMakeImpossibleWithAWarningNamingTheChain() {
            at("/components/4").put("latestFinish", "2024");

            assertThat(errors()).isEmpty();
            assertThat(warnings()).startsWith(InEnglish.warning("/components/4/dependsOn/0",
                    "component \"KDL\" cannot finish by its latestFinish 2024: its predecessor \"LGSP\" cannot"
                            + " finish before 2023 (via TTDL → LGSP), so it finishes in 2025 at the earliest: no"
                            + " roadmap can schedule it, so it is deferred"));
        }

        @Test
        void countsTheLagWhenPredecessorsDelayAComponent() {
            at("/components/2/dependsOn/0").put("lag", 1);

            assertThat(errors()).isEmpty();
            assertThat(warnings()).first().isEqualTo(InEnglish.warning("/components/2/dependsOn/0",
                    "MUST component \"LGSP\" cannot finish by its latestFinish 2023: its predecessor \"TTDL\""
                            + " cannot finish before 2022, followed by a lag of 1 period, so it finishes in 2024 at the"
                            + " earliest: no roadmap can schedule it, so every roadmap defers this MUST component"));
        }

        @Test
        void storesAMustComponentThatPredecessorsPushPastTheHorizonWithAWarning() {
            at("/components/5").put("priority", "MUST");

            assertThat(errors()).isEmpty();
            assertThat(warnings()).first().isEqualTo(InEnglish.warning("/components/5/dependsOn/0",
                    "MUST component \"IOC\" cannot be scheduled inside the horizon, which ends in 2025: its"
                            + " predecessor \"KDL\" cannot finish before 2025 (via TTDL → LGSP → KDL), so it finishes"
                            + " in 2026 at the earliest: no roadmap can schedule it, so every roadmap defers this MUST"
                            + " component"));
        }

        @Test
        void rejectsAPinnedComponentLongerThanTheHorizon() {
            at("/components/0").put("duration", 6).put("pinnedStart", "2021");

            assertThat(errors()).contains(error("/components/0/duration",
                    "component \"TTDL\" takes 6 periods, longer than the horizon of 5 periods (2021–2025)"));
        }

        @Test
        void rejectsAPinnedComponentWhosePredecessorCanNeverBeScheduled() {
            at("/components/4").put("latestFinish", "2023");
            at("/components/5").put("pinnedStart", "2025");

            assertThat(errors()).contains(error("/components/5/dependsOn/0", "component \"IOC\" is pinned to start"
                    + " in 2025, but its predecessor \"KDL\" can never be scheduled inside the horizon and its"
                    + " window"));
        }
    }

    @Nested
    class Pins {

        @Test
        void rejectsPinBeforeEarliestStart() {
            at("/components/4").put("pinnedStart", "2022");

            assertThat(errors()).containsExactly(error("/components/4/pinnedStart",
                    "component \"KDL\" is pinned to start in 2022, before its earliestStart 2023"));
        }

        @Test
        void rejectsPinThatFinishesAfterLatestFinish() {
            at("/components/2").put("pinnedStart", "2024");

            assertThat(errors()).containsExactly(error("/components/2/pinnedStart",
                    "component \"LGSP\" is pinned to start in 2024 and takes 1 period, so it finishes in 2024,"
                            + " after its latestFinish 2023"));
        }

        @Test
        void rejectsPinThatFinishesAfterTheHorizon() {
            at("/components/0").put("pinnedStart", "2025");

            assertThat(errors()).containsExactly(error("/components/0/pinnedStart",
                    "component \"TTDL\" is pinned to start in 2025 and takes 2 periods, so it finishes in 2026,"
                            + " after the horizon ends in 2025"));
        }

        @Test
        void rejectsPinnedComponentWhosePinnedPredecessorFinishesTooLate() {
            at("/components/2").put("pinnedStart", "2022");

            assertThat(errors()).containsExactly(error("/components/2/dependsOn/0",
                    "component \"LGSP\" is pinned to start in 2022, but its predecessor \"TTDL\" is pinned to start"
                            + " in 2021 and finishes in 2022: it can start in 2023 at the earliest"));
        }

        @Test
        void rejectsPinnedComponentWhosePredecessorsCannotFinishInTime() {
            at("/components/3").put("pinnedStart", "2023");

            assertThat(errors()).containsExactly(error("/components/3/pinnedStart",
                    "component \"MCDT\" is pinned to start in 2023, but its predecessor \"LGSP\" cannot finish before"
                            + " 2023 (via TTDL → LGSP), so it can start in 2024 at the earliest"));
        }

        @Test
        void rejectsTwoPinnedComponentsThatExcludeEachOther() {
            at("/components/5").put("pinnedStart", "2024").remove("dependsOn");
            at("/components/6").put("pinnedStart", "2025").remove("dependsOn");
            at("/components/6").set("excludes", json("[\"IOC\"]"));

            assertThat(errors()).containsExactly(error("/components/5/excludes/0",
                    "component \"IOC\" excludes \"IOC_THUE\", but both are pinned: they cannot both be scheduled"));
        }
    }

    @Nested
    class Limits {

        @Test
        void rejectsMoreThan20000Components() {
            ArrayNode components = arrayAt("/components");
            ObjectNode template = (ObjectNode) json("{\"id\": \"C\", \"name\": \"C\", \"duration\": 1}");
            components.removeAll();
            for (int i = 0; i <= PlanValidator.MAX_COMPONENTS; i++) {
                components.add(template.deepCopy().put("id", "C" + i));
            }

            assertThat(errors()).containsExactly(
                    error("/components", "the plan has 20001 components: at most 20,000 are allowed"));
        }

        @Test
        void validatesA20000ComponentDependencyChain() {
            ArrayNode components = arrayAt("/components");
            components.removeAll();
            for (int i = 0; i < PlanValidator.MAX_COMPONENTS; i++) {
                ObjectNode component = components.addObject().put("id", "C" + i).put("name", "C").put("duration", 1);
                if (i > 0) {
                    component.putArray("dependsOn").add("C" + (i - 1));
                }
            }

            assertThat(errors()).isEmpty();
        }

        @Test
        void listsAtMost100CyclesAndSaysThereAreMore() {
            ArrayNode components = arrayAt("/components");
            components.removeAll();
            for (int i = 0; i <= DependencyRules.MAX_CYCLES_LISTED; i++) {
                components.addObject().put("id", "A" + i).put("name", "A").put("duration", 1)
                        .putArray("dependsOn").add("B" + i);
                components.addObject().put("id", "B" + i).put("name", "B").put("duration", 1)
                        .putArray("dependsOn").add("A" + i);
            }

            List<PlanError> errors = errors();

            assertThat(errors).hasSize(DependencyRules.MAX_CYCLES_LISTED + 1);
            assertThat(errors.get(99)).isEqualTo(error("/components/198/dependsOn/0", "dependency cycle: A99 → B99 → A99"));
            assertThat(errors.get(100)).isEqualTo(error("/components",
                    "the dependencies form more cycles than the 100 listed: break those and check the plan again"));
        }

        @Test
        void reportsADependencyCycleThrough20000Components() {
            ArrayNode components = arrayAt("/components");
            components.removeAll();
            int n = PlanValidator.MAX_COMPONENTS;
            for (int i = 0; i < n; i++) {
                components.addObject().put("id", "C" + i).put("name", "C").put("duration", 1)
                        .putArray("dependsOn").add("C" + ((i + 1) % n));
            }

            assertThat(errors()).singleElement().satisfies(e -> {
                assertThat(e.pointer()).isEqualTo("/components/0/dependsOn/0");
                assertThat(e.message().english()).startsWith("dependency cycle: C0 → C1 → C2 → ")
                        .endsWith(" → C19999 → C0");
            });
        }
    }

    @Nested
    class AllAtOnce {

        @Test
        void reportsEveryErrorOfTheDocumentAtOnce() {
            doc.put("format", "roadmap-plan/0");
            at("/calendar").put("periods", 0);
            at("/budgets/3").put("amount", -1);
            at("/components/0").put("duration", 0);
            at("/components/1").put("priority", "URGENT");
            arrayAt("/components/2/dependsOn").add("NOPE");
            at("/components/3").put("capex", 1);

            assertThat(errors()).extracting(PlanError::pointer).containsExactlyInAnyOrder(
                    "/format",
                    "/calendar/periods",
                    "/budgets/3/amount",
                    "/components/0/duration",
                    "/components/1/priority",
                    "/components/2/dependsOn/1",
                    "/components/3/capexByPeriod");
        }
    }
}
