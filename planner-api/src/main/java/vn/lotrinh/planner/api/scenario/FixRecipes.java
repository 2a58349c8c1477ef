package vn.lotrinh.planner.api.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.lotrinh.planner.api.explanation.ExplanationService;
import vn.lotrinh.planner.api.plan.PlanSnapshot;
import vn.lotrinh.planner.api.system.ConflictException;
import vn.lotrinh.planner.api.system.InvalidRequestException;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.Priority;
import vn.lotrinh.planner.core.plan.read.PlanError;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.solver.explain.ComponentExplanation;
import vn.lotrinh.planner.core.solver.explain.Fix;

/**
 * Turns the cheapest fix of a deferred component into an explicit scenario recipe. The parent's latest roadmap is
 * explained as the explanation answers show it ({@link ExplanationService}, which explains each state of a roadmap
 * once), and the component's fix is written as the changes it stands for: each budget and capacity increase a
 * {@code delta}, the components it defers instead removed, and the component with the predecessors it schedules made
 * {@code MUST}, so that the scenario's solve brings them in.
 */
@Service
class FixRecipes {

    static final String FROM_FIX = "fromFix";
    private static final List<String> MEMBERS = List.of(FROM_FIX, "name", "description");
    private static final String NAME_SUFFIX = " — sửa / fix";
    private static final int MAX_NAME_CODE_POINTS = 200;

    private final SolvedRoadmaps roadmaps;
    private final ExplanationService explanations;

    FixRecipes(SolvedRoadmaps roadmaps, ExplanationService explanations) {
        this.roadmaps = roadmaps;
        this.explanations = explanations;
    }

    /**
     * The recipe of the fix that {@code request}'s {@code fromFix} names, with the request's name and description or
     * a default name; without {@code fromFix} itself.
     *
     * @throws InvalidRequestException when {@code fromFix} is not a component of the parent, or the request has
     *     members other than name and description beside it
     * @throws ConflictException when the parent has no roadmap of its current version, or the component no fix
     */
    ObjectNode recipeOf(ObjectNode request, PlanSnapshot parent) {
        Component component = componentOf(request, parent);
        SolvedRoadmap latest = roadmaps.latestOf(parent.planId());
        if (latest.stored().planVersion() != parent.version()) {
            throw new ConflictException(Text.of("Roadmap out of date", "Lộ trình đã cũ"), Text.format(
                    "The latest roadmap of plan {0} was solved from version {1}, and the plan is at version {2}: solve"
                            + " it again to find the fixes of its current version.", "Lộ trình mới nhất của kế hoạch"
                            + " {0} được giải từ phiên bản {1}, còn kế hoạch đang ở phiên bản {2}: hãy giải lại để tìm"
                            + " cách khắc phục cho phiên bản hiện tại.", parent.planId(), latest.stored().planVersion(),
                    parent.version()), Map.of("planId", parent.planId()), List.of());
        }
        Fix fix = fixOf(component, explanations.explanationOf(latest.stored()).components(), parent);
        ObjectNode recipe = JsonNodeFactory.instance.objectNode();
        if (request.hasNonNull("name")) {
            recipe.set("name", request.get("name"));
        } else {
            recipe.put("name", defaultName(component));
        }
        if (request.has("description")) {
            recipe.set("description", request.get("description"));
        }
        ArrayNode budgetChanges = recipe.putArray("budgetChanges");
        fix.budgetIncreases().forEach(increase -> {
            ObjectNode change = budgetChanges.addObject().put("fundingSource", increase.fundingSource());
            if (increase.period() != null) {
                change.put("period", increase.period());
            } else {
                change.put("phase", increase.phase());
            }
            change.put("delta", increase.amount());
        });
        ArrayNode capacityChanges = recipe.putArray("capacityChanges");
        fix.capacityIncreases().forEach(increase -> capacityChanges.addObject().put("resource", increase.resource())
                .put("period", increase.period()).put("delta", increase.amount()));
        ArrayNode componentChanges = recipe.putArray("componentChanges");
        componentChanges.addObject().put("componentId", component.id()).put("priority", Priority.MUST.name());
        fix.alsoSchedule().forEach(predecessor -> componentChanges.addObject()
                .put("componentId", predecessor.componentId()).put("priority", Priority.MUST.name()));
        ArrayNode remove = recipe.putArray("remove");
        fix.defer().forEach(remove::add);
        return recipe;
    }

    private static Component componentOf(ObjectNode request, PlanSnapshot parent) {
        List<PlanError> errors = new ArrayList<>();
        request.fieldNames().forEachRemaining(member -> {
            if (!MEMBERS.contains(member)) {
                errors.add(new PlanError("/" + member.replace("~", "~0").replace("/", "~1"), Text.format(
                        "{0} does not go with fromFix: a scenario from a fix takes only a name and a description",
                        "{0} không dùng cùng fromFix được: kịch bản từ một cách khắc phục chỉ nhận name và"
                                + " description", member)));
            }
        });
        JsonNode id = request.get(FROM_FIX);
        Component component = id != null && id.isTextual()
                ? parent.plan().componentsById().get(id.textValue()) : null;
        if (component == null) {
            errors.add(new PlanError("/" + FROM_FIX, id != null && id.isTextual()
                    ? Text.format("must be the id of a component of plan {0}, and {1} is none", "phải là id của một"
                            + " hạng mục của kế hoạch {0}, mà {1} thì không phải", parent.planId(), id.textValue())
                    : Text.format("must be the id of a component of plan {0}", "phải là id của một hạng mục của kế"
                            + " hoạch {0}", parent.planId())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(ScenarioService.INVALID, errors);
        }
        return component;
    }

    private static Fix fixOf(Component component, List<ComponentExplanation> explained,
            PlanSnapshot parent) {
        ComponentExplanation explanation = explained.stream()
                .filter(candidate -> candidate.componentId().equals(component.id())).findFirst().orElseThrow();
        if (!explanation.deferred()) {
            throw noFix(parent, Text.format("{0} is scheduled from {1} in the latest roadmap of plan {2}: it needs no"
                    + " fix", "{0} đã được xếp lịch từ {1} trong lộ trình mới nhất của kế hoạch {2}: không cần khắc"
                    + " phục", component.id(), explanation.start(), parent.planId()));
        }
        Fix fix = explanation.fix();
        if (fix == null || fix.kind() == Fix.Kind.NONE) {
            throw noFix(parent, Text.format("nothing within the horizon and the windows admits {0} into the latest"
                    + " roadmap of plan {1}", "không có thay đổi nào trong kỳ kế hoạch và các khung thời gian đưa được"
                    + " {0} vào lộ trình mới nhất của kế hoạch {1}", component.id(), parent.planId()));
        }
        return fix;
    }

    private static ConflictException noFix(PlanSnapshot parent, Text message) {
        return new ConflictException(Text.of("No fix", "Không có cách khắc phục"), message.plus(Text.verbatim(".")),
                Map.of("planId", parent.planId()), List.of(new PlanError("/" + FROM_FIX, message)));
    }

    /** "{@code <component name>} — sửa / fix", the name shortened to fit the longest scenario name. */
    private static String defaultName(Component component) {
        String name = component.name();
        int room = MAX_NAME_CODE_POINTS - NAME_SUFFIX.codePointCount(0, NAME_SUFFIX.length());
        if (name.codePointCount(0, name.length()) > room) {
            name = name.substring(0, name.offsetByCodePoints(0, room));
        }
        return name + NAME_SUFFIX;
    }
}
