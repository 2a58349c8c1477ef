package vn.lotrinh.planner.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.FundingSource;
import vn.lotrinh.planner.core.plan.Phase;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.Resource;
import vn.lotrinh.planner.core.plan.read.PlanError;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.scenario.ScenarioRecipe.BudgetScale;
import vn.lotrinh.planner.core.scenario.ScenarioRecipe.CapChange;
import vn.lotrinh.planner.core.scenario.ScenarioRecipe.Caps;
import vn.lotrinh.planner.core.scenario.ScenarioRecipe.ChangeKind;
import vn.lotrinh.planner.core.scenario.ScenarioRecipe.ComparisonChange;
import vn.lotrinh.planner.core.scenario.ScenarioRecipe.ComponentChange;

/**
 * Reads a scenario request against its parent plan, collecting every error with a pointer into the request: unknown
 * members, references to funding sources, resources, periods, phases, components and criteria the parent does not
 * have, cap changes that say neither or more than one of {@code scale}, {@code amount}, {@code delta}. What the
 * changed plan itself breaks is for the plan's validation ({@link ScenarioDeriver}).
 */
final class RecipeReader {

    /** The members a component change may set; the others (id, name, links) are the parent's. */
    static final Set<String> COMPONENT_MEMBERS = Set.of("priority", "value", "capex", "capexProfile", "capexByPeriod",
            "opexPerPeriod", "duration", "earliestStart", "latestFinish", "pinnedStart", "funding", "eligibleFunding",
            "demand", "scores");

    private static final List<String> MEMBERS =
            List.of("name", "description", "budgetScale", "budgetChanges", "capacityChanges", "componentChanges",
                    "remove", "comparisons");
    private static final BigDecimal MAX_FACTOR = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
    private static final int MAX_NAME_CHARS = 200;
    private static final JsonNode EMPTY = JsonNodeFactory.instance.arrayNode();

    private final Plan parent;
    private final Set<String> componentIds;
    private final List<PlanError> errors = new ArrayList<>();

    RecipeReader(Plan parent) {
        this.parent = parent;
        this.componentIds = parent.components().stream().map(Component::id).collect(Collectors.toSet());
    }

    /** The recipe the request states, or {@link InvalidScenarioException} with every error found. */
    ScenarioRecipe read(JsonNode request) {
        if (request == null || !request.isObject()) {
            throw new InvalidScenarioException(List.of(new PlanError("", Text.of("a scenario request must be a JSON"
                    + " object", "yêu cầu tạo kịch bản phải là một đối tượng JSON"))));
        }
        request.fieldNames().forEachRemaining(member -> {
            if (!MEMBERS.contains(member)) {
                error("/" + escape(member), Text.format("{0} is not a member of a scenario request ({1})",
                        "{0} không phải là trường của yêu cầu tạo kịch bản ({1})", member, String.join(", ", MEMBERS)));
            }
        });
        String name = name(request.get("name"));
        String description = optionalText(request.get("description"), "/description");
        BudgetScale budgetScale = budgetScale(request.get("budgetScale"));
        List<String> remove = remove(request.get("remove"));
        List<ComponentChange> componentChanges = componentChanges(request.get("componentChanges"), remove);
        List<CapChange> budgetChanges = capChanges(request.get("budgetChanges"), Caps.BUDGETS);
        List<CapChange> capacityChanges = capChanges(request.get("capacityChanges"), Caps.CAPACITIES);
        List<ComparisonChange> comparisons = new ComparisonChangeReader(parent, errors)
                .read(request.get("comparisons"));
        if (!errors.isEmpty()) {
            throw new InvalidScenarioException(errors);
        }
        return new ScenarioRecipe(name, description, budgetScale, budgetChanges, capacityChanges, componentChanges,
                remove, comparisons);
    }

    private String name(JsonNode name) {
        if (name == null || !name.isTextual() || name.textValue().isBlank()
                || name.textValue().codePointCount(0, name.textValue().length()) > MAX_NAME_CHARS) {
            error("/name", Text.of("name must be the scenario's name, text of 1 to 200 characters",
                    "name phải là tên kịch bản, văn bản từ 1 đến 200 ký tự"));
            return null;
        }
        return name.textValue();
    }

    private String optionalText(JsonNode value, String pointer) {
        if (absent(value)) {
            return null;
        }
        if (!value.isTextual()) {
            error(pointer, Text.format("{0} must be text", "{0} phải là văn bản", pointer.substring(1)));
            return null;
        }
        return value.textValue();
    }

    private BudgetScale budgetScale(JsonNode scale) {
        if (absent(scale)) {
            return BudgetScale.NONE;
        }
        if (scale.isNumber()) {
            return new BudgetScale(factor(scale, "/budgetScale"), Map.of());
        }
        if (!scale.isObject()) {
            error("/budgetScale", Text.of("budgetScale must be a factor for every budget, such as 0.8, or an object"
                    + " that gives funding source ids their factors, such as {\"NS_TINH\": 0.8}", "budgetScale phải là"
                    + " một hệ số cho mọi ngân sách, như 0.8, hoặc một đối tượng cho mỗi id nguồn vốn một hệ số, như"
                    + " {\"NS_TINH\": 0.8}"));
            return BudgetScale.NONE;
        }
        Set<String> sources = parent.fundingSources().stream().map(FundingSource::id).collect(Collectors.toSet());
        Map<String, BigDecimal> bySource = new LinkedHashMap<>();
        scale.fields().forEachRemaining(entry -> {
            String pointer = "/budgetScale/" + escape(entry.getKey());
            if (!sources.contains(entry.getKey())) {
                error(pointer, Text.format("{0} is not a funding source of the plan ({1})",
                        "{0} không phải là nguồn vốn của kế hoạch ({1})", entry.getKey(), String.join(", ", sources)));
            }
            BigDecimal factor = factor(entry.getValue(), pointer);
            if (factor != null) {
                bySource.put(entry.getKey(), factor);
            }
        });
        return new BudgetScale(null, bySource);
    }

    private List<String> remove(JsonNode given) {
        List<String> ids = new ArrayList<>();
        JsonNode remove = list(given, "/remove", Text.of("a list of component ids", "một danh sách id hạng mục"));
        for (int i = 0; i < remove.size(); i++) {
            String id = componentId(remove.get(i), "/remove/" + i);
            if (id != null && ids.contains(id)) {
                error("/remove/" + i, Text.format("{0} is already removed by /remove/{1}", "{0} đã được bỏ ở"
                        + " /remove/{1}", id, ids.indexOf(id)));
            } else if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private List<ComponentChange> componentChanges(JsonNode given, List<String> removed) {
        List<ComponentChange> read = new ArrayList<>();
        JsonNode changes = list(given, "/componentChanges", Text.of("a list of {componentId, …members} objects",
                "một danh sách đối tượng {componentId, …các trường}"));
        Map<String, String> changedBy = new HashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            String pointer = "/componentChanges/" + i;
            JsonNode change = changes.get(i);
            if (!change.isObject()) {
                error(pointer, Text.of("each component change must be an object {componentId, …members}",
                        "mỗi thay đổi hạng mục phải là một đối tượng {componentId, …các trường}"));
                continue;
            }
            String id = componentId(change.get("componentId"), pointer + "/componentId");
            Map<String, JsonNode> members = new LinkedHashMap<>();
            change.fields().forEachRemaining(entry -> {
                if (COMPONENT_MEMBERS.contains(entry.getKey())) {
                    members.put(entry.getKey(), entry.getValue());
                } else if (!entry.getKey().equals("componentId")) {
                    error(pointer + "/" + escape(entry.getKey()), Text.format("{0} cannot be changed by a"
                            + " scenario: a component change may set {1}", "kịch bản không thay đổi được {0}: một thay"
                            + " đổi hạng mục có thể đặt {1}", entry.getKey(), String.join(", ",
                            COMPONENT_MEMBERS.stream().sorted().toList())));
                }
            });
            if (members.isEmpty()) {
                error(pointer, Text.of("a component change must set at least one member",
                        "một thay đổi hạng mục phải đặt ít nhất một trường"));
            }
            if (id == null) {
                continue;
            }
            if (removed.contains(id)) {
                error(pointer + "/componentId", Text.format("{0} is removed by /remove/{1}", "{0} đã bị bỏ ở"
                        + " /remove/{1}", id, removed.indexOf(id)));
            } else if (changedBy.containsKey(id)) {
                error(pointer + "/componentId", Text.format("{0} is already changed by {1}: give each component"
                        + " one change", "{0} đã được thay đổi ở {1}: mỗi hạng mục chỉ có một thay đổi", id,
                        changedBy.get(id)));
            } else {
                changedBy.put(id, pointer);
                read.add(new ComponentChange(pointer, id, members));
            }
        }
        return read;
    }

    private List<CapChange> capChanges(JsonNode given, Caps caps) {
        List<CapChange> read = new ArrayList<>();
        String changes = caps == Caps.BUDGETS ? "budgetChanges" : "capacityChanges";
        JsonNode list = list(given, "/" + changes, Text.format("a list of {0} objects", "một danh sách đối tượng {0}",
                shape(caps)));
        for (int i = 0; i < list.size(); i++) {
            CapChange change = capChange(list.get(i), "/" + changes + "/" + i, caps);
            if (change != null) {
                read.add(change);
            }
        }
        return read;
    }

    private static List<String> members(Caps caps) {
        return caps == Caps.BUDGETS ? List.of("fundingSource", "period", "phase", "scale", "amount", "delta")
                : List.of("resource", "period", "scale", "amount", "delta");
    }

    private static String shape(Caps caps) {
        return caps == Caps.BUDGETS ? "{fundingSource?, period?, phase?, scale | amount | delta}"
                : "{resource?, period?, scale | amount | delta}";
    }

    private CapChange capChange(JsonNode change, String pointer, Caps caps) {
        if (!change.isObject()) {
            error(pointer, Text.format("each {0} change must be an object {1}", "mỗi thay đổi {0} phải là một đối"
                    + " tượng {1}", caps.noun(), shape(caps)));
            return null;
        }
        int errorsBefore = errors.size();
        change.fieldNames().forEachRemaining(member -> {
            if (!members(caps).contains(member)) {
                error(pointer + "/" + escape(member), Text.format("{0} is not a member of a {1} change ({2})",
                        "{0} không phải là trường của một thay đổi {1} ({2})", member, caps.noun(),
                        String.join(", ", members(caps))));
            }
        });
        List<String> owners = caps == Caps.BUDGETS
                ? parent.fundingSources().stream().map(FundingSource::id).toList()
                : parent.resources().stream().map(Resource::id).toList();
        String owner = reference(change.get(caps.ownerMember()), pointer + "/" + caps.ownerMember(), owners,
                caps == Caps.BUDGETS ? Text.of("funding source", "nguồn vốn") : Text.of("resource", "nguồn lực"));
        String period = period(change.get("period"), pointer + "/period");
        String phase = caps == Caps.BUDGETS ? reference(change.get("phase"), pointer + "/phase",
                parent.phases().stream().map(Phase::id).toList(), Text.of("phase", "giai đoạn")) : null;
        if (period != null && phase != null) {
            error(pointer, Text.of("a budget change names either a period or a phase, not both",
                    "một thay đổi ngân sách nêu hoặc một kỳ hoặc một giai đoạn, không cả hai"));
        }
        List<ChangeKind> kinds = new ArrayList<>();
        for (ChangeKind kind : ChangeKind.values()) {
            if (!absent(change.get(memberOf(kind)))) {
                kinds.add(kind);
            }
        }
        if (kinds.size() != 1) {
            error(pointer, Text.format("a {0} change gives exactly one of scale, amount and delta, found {1}",
                    "một thay đổi {0} nêu đúng một trong scale, amount và delta, nhưng có {1}", caps.noun(),
                    kinds.isEmpty() ? Text.of("none", "không có") : Text.join(kinds.stream()
                            .map(kind -> Text.verbatim(memberOf(kind))).toList(), Text.of(" and ", " và "))));
            return null;
        }
        ChangeKind kind = kinds.get(0);
        String valuePointer = pointer + "/" + memberOf(kind);
        JsonNode given = change.get(memberOf(kind));
        BigDecimal value = switch (kind) {
            case SCALE -> factor(given, valuePointer);
            case AMOUNT -> number(given, valuePointer, BigDecimal.ZERO, MAX_AMOUNT,
                    Text.of("an amount from 0 to 1,000,000,000,000", "một số tiền từ 0 đến 1.000.000.000.000"));
            case DELTA -> number(given, valuePointer, MAX_AMOUNT.negate(), MAX_AMOUNT,
                    Text.of("an amount to add, from -1,000,000,000,000 to 1,000,000,000,000",
                            "một số tiền cộng thêm, từ -1.000.000.000.000 đến 1.000.000.000.000"));
        };
        return errors.size() > errorsBefore ? null : new CapChange(pointer, caps, owner, period, phase, kind, value);
    }

    static String memberOf(ChangeKind kind) {
        return kind.name().toLowerCase();
    }

    /** The list at {@code pointer}; an empty one when it is absent or not a list (reported). */
    private JsonNode list(JsonNode value, String pointer, Text allowed) {
        if (absent(value)) {
            return EMPTY;
        }
        if (!value.isArray()) {
            error(pointer, Text.format("{0} must be {1}", "{0} phải là {1}", pointer.substring(1), allowed));
            return EMPTY;
        }
        return value;
    }

    private String componentId(JsonNode id, String pointer) {
        if (id == null || !id.isTextual()) {
            error(pointer, Text.of("must be the id of a component of the plan",
                    "phải là id của một hạng mục của kế hoạch"));
            return null;
        }
        if (!componentIds.contains(id.textValue())) {
            error(pointer, Text.format("{0} is not a component of the plan", "{0} không phải là hạng mục của kế"
                    + " hoạch", id.textValue()));
            return null;
        }
        return id.textValue();
    }

    private String reference(JsonNode value, String pointer, List<String> known, Text kind) {
        if (absent(value)) {
            return null;
        }
        if (!value.isTextual() || !known.contains(value.textValue())) {
            error(pointer, Text.format("{0} is not a {1} of the plan ({2})", "{0} không phải là {1} của kế hoạch"
                    + " ({2})", value.isTextual() ? value.textValue() : value.toString(), kind, known.isEmpty()
                    ? Text.of("it has none", "kế hoạch không có") : Text.verbatim(String.join(", ", known))));
            return null;
        }
        return value.textValue();
    }

    private String period(JsonNode value, String pointer) {
        if (absent(value)) {
            return null;
        }
        boolean inHorizon = value.isTextual() && parent.calendar().indexInHorizon(value.textValue()).isPresent();
        if (!inHorizon) {
            error(pointer, Text.format("must be a period of the plan, from {0} to {1}", "phải là một kỳ của kế"
                    + " hoạch, từ {0} đến {1}", parent.calendar().label(0),
                    parent.calendar().label(parent.horizon() - 1)));
            return null;
        }
        return value.textValue();
    }

    private BigDecimal factor(JsonNode value, String pointer) {
        return number(value, pointer, BigDecimal.ZERO, MAX_FACTOR, Text.of("a factor from 0 to 100 (0.8 is 80 %)",
                "một hệ số từ 0 đến 100 (0.8 là 80 %)"));
    }

    private BigDecimal number(JsonNode value, String pointer, BigDecimal min, BigDecimal max, Text allowed) {
        boolean finite = value != null && value.isNumber()
                && !((value.isDouble() || value.isFloat()) && !Double.isFinite(value.doubleValue()));
        if (!finite || value.decimalValue().compareTo(min) < 0 || value.decimalValue().compareTo(max) > 0) {
            error(pointer, Text.format("must be {0}, found {1}", "phải là {0}, nhưng đang là {1}", allowed,
                    value == null ? Text.of("nothing", "không có gì") : Text.verbatim(value.toString())));
            return null;
        }
        return value.decimalValue();
    }

    private static boolean absent(JsonNode value) {
        return value == null || value.isNull();
    }

    private void error(String pointer, Text message) {
        errors.add(new PlanError(pointer, message));
    }

    private static String escape(String member) {
        return member.replace("~", "~0").replace("/", "~1");
    }
}
