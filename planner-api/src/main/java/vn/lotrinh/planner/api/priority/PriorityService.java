package vn.lotrinh.planner.api.priority;

import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.lotrinh.planner.api.plan.PlanService;
import vn.lotrinh.planner.api.plan.PlanSnapshot;
import vn.lotrinh.planner.api.system.Language;
import vn.lotrinh.planner.api.system.NotFoundException;
import vn.lotrinh.planner.api.system.ReportFiles;
import vn.lotrinh.planner.api.system.ReportHeadings;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.priority.PriorityReport;

/** The priorities of plans by their criteria, and their exports. */
@Service
public class PriorityService {

    private final PlanService plans;
    private final ReportHeadings headings;

    PriorityService(PlanService plans, ReportHeadings headings) {
        this.plans = plans;
        this.headings = headings;
    }

    /**
     * The priorities of the plan's current version.
     *
     * @throws NotFoundException for an unknown plan, and for a plan without criteria, which has no priorities
     */
    public PrioritiesResponse of(String planId) {
        PlanSnapshot current = plans.snapshot(planId);
        if (!current.plan().priorities().hasCriteria()) {
            throw new NotFoundException(Text.format("Plan {0} has no criteria, so no priorities: its components'"
                    + " values are given, not weighted.", "Kế hoạch {0} không có tiêu chí, nên không có thứ tự ưu tiên:"
                    + " giá trị các hạng mục được nhập trực tiếp, không tính theo trọng số.", planId));
        }
        return new PrioritiesResponse(planId, current.version(), PriorityReport.of(current.plan()));
    }

    public byte[] asCsv(String planId) {
        return ReportFiles.csv(PriorityTables.components(of(planId)));
    }

    public byte[] asXlsx(String planId, Optional<Language> language) {
        return ReportFiles.xlsx(PriorityTables.all(of(planId)), headings.in(language));
    }
}
