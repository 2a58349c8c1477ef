package vn.lotrinh.planner.api.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lotrinh.planner.api.system.InvalidRequestException;
import vn.lotrinh.planner.api.system.NotFoundException;
import vn.lotrinh.planner.api.system.StaleVersionException;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.InvalidPlanException;
import vn.lotrinh.planner.core.plan.read.PlanError;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.plan.read.PlanWarnings;
import vn.lotrinh.planner.core.plan.read.Text;

/** Stores, versions and reads plans. Every document is validated as {@code roadmap-plan/1} before it is stored. */
@Service
public class PlanService {

    private final PlanRepository plans;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PlanReader reader;

    PlanService(PlanRepository plans, ApplicationEventPublisher events, Clock clock, PlanReader reader) {
        this.plans = plans;
        this.reader = reader;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Validates and stores a new plan at version 1; the answer carries the document's warnings.
     *
     * @throws InvalidPlanException with every error when the document breaks a rule of the format
     */
    @Transactional
    public StoredPlan create(PlanDocument document) {
        return store(document, UnaryOperator.identity(), PlanChange.CREATED);
    }

    /**
     * As {@link #create(PlanDocument)} for a plan imported from a file, with the errors of an invalid document passed
     * through {@code locateErrors} first, so that an importer can say which row and column of its file each error
     * comes from.
     */
    @Transactional
    public StoredPlan importPlan(PlanDocument document, UnaryOperator<List<PlanError>> locateErrors) {
        return store(document, locateErrors, PlanChange.IMPORTED);
    }

    private StoredPlan store(PlanDocument document, UnaryOperator<List<PlanError>> locateErrors,
            PlanChange change) {
        Plan plan = read(document.tree(), locateErrors);
        PlanEntity entity = new PlanEntity(UUID.randomUUID().toString(), plan.name(), document.json(), now());
        StoredPlan stored = plans.save(entity).toStoredPlan(plans::existsById);
        published(stored, change, null);
        return stored.withWarnings(PlanWarnings.of(plan));
    }

    /**
     * Validates and stores a scenario at version 1: an ordinary plan that also names the plan version it was derived
     * from and keeps the recipe that derived it.
     *
     * @param recipeJson the recipe as JSON text
     * @throws InvalidPlanException with every error when the document breaks a rule of the format
     */
    @Transactional
    public StoredPlan createScenario(PlanDocument document, String parentId, long parentVersion, String recipeJson) {
        Plan plan = read(document.tree(), UnaryOperator.identity());
        PlanEntity entity = new PlanEntity(UUID.randomUUID().toString(), plan.name(), document.json(), now(),
                parentId, parentVersion, recipeJson);
        StoredPlan stored = plans.save(entity).toStoredPlan(plans::existsById);
        published(stored, PlanChange.SCENARIO_CREATED, null);
        return stored.withWarnings(PlanWarnings.of(plan));
    }

    /**
     * The scenarios derived from the plan, the first created first.
     *
     * @throws NotFoundException when there is no such plan
     */
    @Transactional(readOnly = true)
    public List<StoredPlan> scenariosOf(String planId) {
        if (!plans.existsById(planId)) {
            throw notFound(planId);
        }
        return plans.findByParentIdOrderByCreatedAtAscIdAsc(planId).stream()
                .map(scenario -> scenario.toStoredPlan(parentId -> true)).toList();
    }

    @Transactional(readOnly = true)
    public List<PlanSummary> list() {
        return plans.summaries();
    }

    @Transactional(readOnly = true)
    public StoredPlan get(String planId) {
        return plans.findById(planId).map(plan -> plan.toStoredPlan(plans::existsById))
                .orElseThrow(() -> notFound(planId));
    }

    /**
     * Replaces the plan's document and increments its version, unless the client's view of it is stale.
     *
     * @param ifMatch the client's {@code If-Match} header, if any: refused with {@code 412} when it does not match
     * @throws StaleVersionException when {@code ifMatch} (412) or the document's own {@code version} (409) is stale
     */
    @Transactional
    public StoredPlan replace(String planId, PlanDocument document, Optional<IfMatch> ifMatch) {
        StoredPlan previous = get(planId);
        long current = previous.version();
        if (ifMatch.isPresent() && !ifMatch.get().matches(current)) {
            throw StaleVersionException.preconditionFailed(planNamed(planId), current);
        }
        Optional<Long> bodyVersion = bodyVersion(document);
        if (bodyVersion.isPresent() && bodyVersion.get() != current) {
            throw StaleVersionException.conflict(planNamed(planId), bodyVersion.get(), current);
        }
        document.id().filter(id -> !id.isTextual() || !id.asText().equals(planId)).ifPresent(id -> {
            throw new InvalidRequestException(Text.of("The document's id is not the id of the plan in the path.",
                    "id của tài liệu không phải là id của kế hoạch trong đường dẫn."), List.of(new PlanError("/id",
                    Text.format("must be \"{0}\", the plan being replaced, or absent",
                            "phải là \"{0}\", kế hoạch đang được thay, hoặc để trống", planId))));
        });
        Plan plan = read(document.tree(), UnaryOperator.identity());
        if (plans.replace(planId, current, plan.name(), document.json(), now()) == 0) {
            // Another replacement committed between the version check and the update.
            long latest = plans.versionOf(planId).orElseThrow(() -> notFound(planId));
            throw ifMatch.isPresent()
                    ? StaleVersionException.preconditionFailed(planNamed(planId), latest)
                    : StaleVersionException.conflict(planNamed(planId), current, latest);
        }
        StoredPlan stored = get(planId);
        published(stored, PlanChange.EDITED, previous.documentJson());
        return stored.withWarnings(PlanWarnings.of(plan));
    }

    /**
     * Deletes the plan with its solve jobs and roadmaps (the database cascades), stopping its running solves first.
     * Its scenarios stay, naming it as their parent.
     */
    @Transactional
    public void delete(String planId) {
        if (!plans.existsById(planId)) {
            throw notFound(planId);
        }
        events.publishEvent(new PlanDeletedEvent(planId));
        plans.deleteByIdReturningCount(planId);
    }

    /** The plan's current version, read into the core model: what a solve starts from. */
    @Transactional(readOnly = true)
    public PlanSnapshot snapshot(String planId) {
        StoredPlan stored = get(planId);
        Plan plan = reader.read(PlanDocument.read(stored.documentJson()));
        return new PlanSnapshot(stored.id(), stored.version(), stored.documentJson(), plan);
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return plans.count() == 0;
    }

    private Plan read(JsonNode tree, UnaryOperator<List<PlanError>> locateErrors) {
        try {
            return reader.read(tree);
        } catch (InvalidPlanException e) {
            throw new InvalidPlanException(locateErrors.apply(e.errors()));
        }
    }

    private static Optional<Long> bodyVersion(PlanDocument document) {
        if (document.version().isEmpty()) {
            return Optional.empty();
        }
        JsonNode version = document.version().get();
        if (!version.isIntegralNumber() || !version.canConvertToLong()) {
            throw new InvalidRequestException(Text.of("The document's version is not a version number.",
                    "version của tài liệu không phải là số phiên bản."), List.of(new PlanError("/version", Text.of(
                    "must be the integer version the document was read at",
                    "phải là số nguyên phiên bản lúc tài liệu được đọc"))));
        }
        return Optional.of(version.longValue());
    }

    private void published(StoredPlan stored, PlanChange change, String previousDocument) {
        events.publishEvent(new PlanChangedEvent(stored.id(), stored.name(), stored.version(), change,
                previousDocument, stored.documentJson(), stored.origin()));
    }

    private Instant now() {
        return clock.instant();
    }

    private static NotFoundException notFound(String planId) {
        return new NotFoundException(Text.format("There is no plan {0}.", "Không có kế hoạch {0}.", planId));
    }

    private static Text planNamed(String planId) {
        return Text.format("plan {0}", "kế hoạch {0}", planId);
    }
}
