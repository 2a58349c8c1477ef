package vn.lotrinh.planner.api.plan;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.lotrinh.planner.api.security.CurrentUser;

/** Keeps every version of every plan, written in the transaction that makes the version. */
@Component
class PlanVersions {

    private final PlanVersionRepository versions;
    private final CurrentUser currentUser;
    private final Clock clock;

    PlanVersions(PlanVersionRepository versions, CurrentUser currentUser, Clock clock) {
        this.versions = versions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @EventListener
    void onPlanChanged(PlanChangedEvent event) {
        if (event.previousDocument() != null) {
            long previous = event.version() - 1;
            if (versions.keepDocument(event.planId(), previous, event.previousDocument()) == 0) {
                // A plan stored before versions were recorded and never edited since has no row yet.
                versions.save(new PlanVersionEntity(new PlanVersionId(event.planId(), previous),
                        event.previousDocument(), clock.instant(), null, null));
            }
        }
        versions.save(new PlanVersionEntity(new PlanVersionId(event.planId(), event.version()), null,
                clock.instant(), currentUser.name(), event.change()));
    }

    /** The plan's versions, the first first. */
    List<PlanVersion> of(String planId) {
        return versions.ofPlan(planId).stream().map(PlanVersionEntity::toVersion).toList();
    }

    /** The document of a superseded version; empty for the current version and for a version there is not. */
    Optional<String> supersededDocument(String planId, long version) {
        return versions.findById(new PlanVersionId(planId, version)).map(PlanVersionEntity::document);
    }
}
