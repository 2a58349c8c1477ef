package vn.lotrinh.planner.core.plan.read;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.core.plan.read.ExamplePlan.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.plan.Component;

/**
 * A component's {@code eligibleFunding}: the options the solver may pay it from, each a funding source id or shares.
 * Each test breaks one rule in the shared example plan and expects exactly the error that names it.
 */
class EligibleFundingRulesTest {

    private final ObjectNode doc = ExamplePlan.document();

    private List<PlanError> errors() {
        return InEnglish.errors(new PlanValidator().validate(doc));
    }

    private ObjectNode kdl() {
        return (ObjectNode) doc.at("/components/4");
    }

    @Test
    void optionsAreSourceIdsOrSharesAndTheFirstIsTheDefaultFunding() {
        kdl().remove("funding");
        kdl().set("eligibleFunding", json("[\"NS_TW\", {\"NS_TINH\": 0.3, \"NS_TW\": 0.7}]"));

        Component component = new PlanReader().read(doc).components().get(4);

        assertThat(component.fundingOptions()).containsExactly(Map.of("NS_TW", 1.0),
                Map.of("NS_TINH", 0.3, "NS_TW", 0.7));
        assertThat(component.fundingShares()).isEqualTo(Map.of("NS_TW", 1.0));
        assertThat(component.hasFundingChoice()).isTrue();
        assertThat(component.fundedBy(1).fundingShares()).isEqualTo(Map.of("NS_TINH", 0.3, "NS_TW", 0.7));
        assertThat(component.fundedBy(1).hasFundingChoice()).isFalse();
    }

    @Test
    void fundingAndEligibleFundingCannotBothBeGiven() {
        kdl().set("eligibleFunding", json("[\"NS_TINH\", \"NS_TW\"]"));

        assertThat(errors()).containsExactly(InEnglish.error("/components/4/eligibleFunding", "component \"KDL\":"
                + " eligibleFunding and funding cannot both be given: funding fixes how it is paid, eligibleFunding"
                + " lets the solver choose"));
    }

    @Test
    void anUnknownSourceAnOptionTwiceAndSharesThatMissOneAreErrorsAtTheirOption() {
        kdl().remove("funding");
        kdl().set("eligibleFunding", json("[\"ODA\", \"NS_TW\", \"NS_TW\", {\"NS_TINH\": 0.5}]"));

        assertThat(errors()).extracting(PlanError::pointer).containsExactly("/components/4/eligibleFunding/0",
                "/components/4/eligibleFunding/2", "/components/4/eligibleFunding/3");
        assertThat(errors().get(0).message().english()).isEqualTo("component \"KDL\": eligibleFunding names"
                + " \"ODA\", which is not one of the plan's funding sources (NS_TINH, NS_TW)");
        assertThat(errors().get(1).message().english()).isEqualTo("component \"KDL\": eligibleFunding names the"
                + " same funding option twice");
    }

    @Test
    void anEmptyListNamesNoOption() {
        kdl().remove("funding");
        kdl().set("eligibleFunding", json("[]"));

        assertThat(errors()).containsExactly(InEnglish.error("/components/4/eligibleFunding",
                "component \"KDL\": eligibleFunding must name at least one funding option"));
    }
}
