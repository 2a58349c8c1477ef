package vn.lotrinh.planner.api.audit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.lotrinh.planner.api.plan.PlanChange;
import vn.lotrinh.planner.api.plan.PlanChangedEvent;
import vn.lotrinh.planner.api.plan.PlanDeletedEvent;
import vn.lotrinh.planner.api.plan.PlanDocument;
import vn.lotrinh.planner.api.plan.PlanService;
import vn.lotrinh.planner.api.plan.StoredPlan;
import vn.lotrinh.planner.core.plan.diff.CapChange;
import vn.lotrinh.planner.core.plan.diff.ComponentRef;
import vn.lotrinh.planner.core.plan.diff.FieldChange;
import vn.lotrinh.planner.core.plan.diff.PlanDiff;
import vn.lotrinh.planner.core.plan.diff.PlanDiffer;

/**
 * Records what happens to plans, inside the transaction that does it. An edit is recorded with what it changed: the
 * ids of components added and removed, the pointers of fields and settings changed and every cap changed, each list
 * cut at {@link #MAX_LISTED} (with {@code truncated: true}); the whole diff is at the versions' diff endpoint.
 */
@Component
class PlanChangeAuditor {

    static final int MAX_LISTED = 100;

    private final AuditTrail trail;
    private final PlanService plans;

    PlanChangeAuditor(AuditTrail trail, PlanService plans) {
        this.trail = trail;
        this.plans = plans;
    }

    @EventListener
    void onPlanChanged(PlanChangedEvent event) {
        ObjectNode details = trail.details().put("name", event.name());
        String subject = null;
        AuditAction action = switch (event.change()) {
            case CREATED -> AuditAction.PLAN_CREATED;
            case IMPORTED -> AuditAction.PLAN_IMPORTED;
            case EDITED -> AuditAction.PLAN_EDITED;
            case SCENARIO_CREATED -> AuditAction.SCENARIO_CREATED;
        };
        if (event.change() == PlanChange.EDITED) {
            details.put("fromVersion", event.version() - 1);
            describe(PlanDiffer.diff(PlanDocument.read(event.previousDocument()),
                    PlanDocument.read(event.document())), details);
        }
        if (event.origin() != null) {
            subject = event.origin().parentId();
            details.put("parentId", event.origin().parentId()).put("parentVersion", event.origin().parentVersion());
        }
        trail.record(action, event.planId(), event.version(), subject, details);
    }

    /** Published before the plan goes, so it can still be read. */
    @EventListener
    void onPlanDeleted(PlanDeletedEvent event) {
        StoredPlan plan = plans.get(event.planId());
        trail.record(AuditAction.PLAN_DELETED, plan.id(), plan.version(), null,
                trail.details().put("name", plan.name()));
    }

    private static void describe(PlanDiff diff, ObjectNode details) {
        boolean truncated = listed(details.putArray("componentsAdded"), diff.componentsAdded(), ComponentRef::id)
                | listed(details.putArray("componentsRemoved"), diff.componentsRemoved(), ComponentRef::id)
                | listed(details.putArray("fieldsChanged"), diff.fieldsChanged(), FieldChange::pointer)
                | listed(details.putArray("settingsChanged"), diff.settingsChanged(), FieldChange::pointer);
        ArrayNode caps = details.putArray("capsChanged");
        for (CapChange cap : diff.capsChanged().subList(0, Math.min(MAX_LISTED, diff.capsChanged().size()))) {
            caps.addPOJO(cap);
        }
        details.put("truncated", truncated || diff.capsChanged().size() > MAX_LISTED);
    }

    private static <T> boolean listed(ArrayNode target, List<T> items, Function<T, String> name) {
        items.stream().limit(MAX_LISTED).map(name).forEach(target::add);
        return items.size() > MAX_LISTED;
    }
}
