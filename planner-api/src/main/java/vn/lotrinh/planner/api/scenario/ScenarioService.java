package vn.lotrinh.planner.api.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.lotrinh.planner.api.plan.PlanDocument;
import vn.lotrinh.planner.api.plan.PlanService;
import vn.lotrinh.planner.api.plan.PlanSnapshot;
import vn.lotrinh.planner.api.plan.StoredPlan;
import vn.lotrinh.planner.api.roadmap.RoadmapStore;
import vn.lotrinh.planner.api.system.ConflictException;
import vn.lotrinh.planner.api.system.InvalidRequestException;
import vn.lotrinh.planner.api.system.NotFoundException;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.scenario.DerivedScenario;
import vn.lotrinh.planner.core.scenario.InvalidScenarioException;
import vn.lotrinh.planner.core.scenario.ScenarioDeriver;

/**
 * Scenarios: plans derived from the current version of another by a recipe ({@link ScenarioDeriver}), or by the
 * cheapest fix of one of its deferred components ({@link FixRecipes}), and stored as ordinary plans that remember
 * their parent and recipe.
 */
@Service
public class ScenarioService {

    /** The plan format's mapper, so that the numbers of a recipe stay exact decimals. */
    /** The detail of a refused scenario request. */
    static final Text INVALID = Text.of("The scenario request is invalid.", "Yêu cầu tạo kịch bản không hợp lệ.");

    private static final ObjectMapper RECIPE_JSON = PlanReader.mapper();

    private final PlanService plans;
    private final FixRecipes fixRecipes;
    private final RoadmapStore roadmaps;
    private final ScenarioDeriver deriver;

    ScenarioService(PlanService plans, FixRecipes fixRecipes, RoadmapStore roadmaps, PlanReader reader) {
        this.plans = plans;
        this.deriver = new ScenarioDeriver(reader);
        this.fixRecipes = fixRecipes;
        this.roadmaps = roadmaps;
    }

    /**
     * Derives a scenario from the parent's current version and stores it; nothing is stored when it fails.
     *
     * @param request a recipe, or {@code {fromFix, name?, description?}}
     * @throws NotFoundException when there is no such parent
     * @throws InvalidRequestException with every error, each pointing into the request
     * @throws ConflictException for a scenario from a fix, when the parent has no roadmap of its current version or
     *     the component has no fix
     */
    public ScenarioCreated create(String parentId, ObjectNode request) {
        PlanSnapshot parent = plans.snapshot(parentId);
        boolean fromFix = request.has(FixRecipes.FROM_FIX);
        ObjectNode recipe = fromFix ? fixRecipes.recipeOf(request, parent) : request;
        DerivedScenario derived;
        try {
            derived = deriver.derive(parentDocument(parent), parent.plan(), recipe);
        } catch (InvalidScenarioException e) {
            throw new InvalidRequestException(INVALID, e.errors());
        }
        ObjectNode stored = recipe.deepCopy();
        if (fromFix) {
            stored.set(FixRecipes.FROM_FIX, request.get(FixRecipes.FROM_FIX));
        }
        StoredPlan scenario = plans.createScenario(PlanDocument.of((ObjectNode) derived.document()), parentId,
                parent.version(), stored.toString());
        return new ScenarioCreated(scenario.id(), scenario.name(), scenario.version(), scenario.createdAt(),
                scenario.updatedAt(), parentId, parent.version(), stored, derived.removedDependencies(),
                scenario.warnings());
    }

    /**
     * The plan's scenarios, the first created first, each with the objective value of its latest roadmap.
     *
     * @throws NotFoundException when there is no such plan
     */
    public List<ScenarioSummary> scenariosOf(String planId) {
        return plans.scenariosOf(planId).stream().map(scenario -> new ScenarioSummary(scenario.id(), scenario.name(),
                scenario.origin().parentVersion(), readRecipe(scenario.origin().recipeJson()),
                roadmaps.findLatestOf(scenario.id()).map(latest -> latest.roadmap().objectiveValue()).orElse(null)))
                .toList();
    }

    private static ObjectNode parentDocument(PlanSnapshot parent) {
        return PlanDocument.parse(parent.documentJson().getBytes(StandardCharsets.UTF_8)).tree();
    }

    private static JsonNode readRecipe(String json) {
        try {
            return RECIPE_JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored scenario recipe is not valid JSON", e);
        }
    }
}
