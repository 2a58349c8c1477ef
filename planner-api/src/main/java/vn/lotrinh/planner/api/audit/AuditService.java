package vn.lotrinh.planner.api.audit;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.lotrinh.planner.api.plan.PlanService;
import vn.lotrinh.planner.api.system.InvalidRequestException;
import vn.lotrinh.planner.api.system.NotFoundException;
import vn.lotrinh.planner.core.plan.read.PlanError;
import vn.lotrinh.planner.core.plan.read.Text;

/** The audit trail as clients read it. */
@Service
class AuditService {

    private final AuditTrail trail;
    private final PlanService plans;

    AuditService(AuditTrail trail, PlanService plans) {
        this.trail = trail;
        this.plans = plans;
    }

    /**
     * The plan's trail, newest first; a deleted plan's too, which ends with its deletion.
     *
     * @throws NotFoundException when there is no such plan and nothing was ever recorded of it
     * @throws InvalidRequestException naming {@code /limit} when it is not a number from 1 to 1000
     */
    List<AuditEntry> ofPlan(String planId, String limit) {
        List<AuditEntry> entries = trail.ofPlan(planId, number(limit));
        if (entries.isEmpty()) {
            plans.get(planId);
        }
        return entries;
    }

    List<AuditEntry> latest(String limit) {
        return trail.latest(number(limit));
    }

    private static int number(String limit) {
        try {
            return Integer.parseInt(limit);
        } catch (NumberFormatException notANumber) {
            throw new InvalidRequestException(Text.of("The limit is not a number.", "Giới hạn không phải là số."),
                    List.of(new PlanError("/limit", Text.format("must be a whole number from 1 to {0}, not '{1}'",
                            "phải là số nguyên từ 1 đến {0}, không phải '{1}'", AuditTrail.MAX_LIMIT, limit))));
        }
    }
}
