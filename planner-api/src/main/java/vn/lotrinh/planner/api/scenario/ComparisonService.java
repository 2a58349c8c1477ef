package vn.lotrinh.planner.api.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.lotrinh.planner.api.plan.PlanService;
import vn.lotrinh.planner.api.system.ConflictException;
import vn.lotrinh.planner.api.system.Language;
import vn.lotrinh.planner.api.system.NotFoundException;
import vn.lotrinh.planner.api.system.ReportFiles;
import vn.lotrinh.planner.api.system.ReportHeadings;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.scenario.NotComparableException;
import vn.lotrinh.planner.core.scenario.RoadmapComparer;

/**
 * Compares the latest roadmaps of two plans that share component ids, typically a plan and its scenario, each
 * against the plan version it was solved from ({@link RoadmapComparer}); as JSON, CSV or Excel.
 */
@Service
public class ComparisonService {

    private final PlanService plans;
    private final SolvedRoadmaps roadmaps;
    private final ReportHeadings headings;
    private final RoadmapComparer comparer = new RoadmapComparer();

    ComparisonService(PlanService plans, SolvedRoadmaps roadmaps, ReportHeadings headings) {
        this.plans = plans;
        this.roadmaps = roadmaps;
        this.headings = headings;
    }

    /**
     * Roadmap {@code b} against roadmap {@code a}.
     *
     * @throws NotFoundException when either plan does not exist
     * @throws ConflictException naming the plan that has no roadmap yet, or both when they cannot be compared
     *     (different currencies, no component in common)
     */
    public ComparisonResponse compare(String planIdA, String planIdB) {
        plans.get(planIdA);
        plans.get(planIdB);
        SolvedRoadmap a = roadmaps.latestOf(planIdA);
        SolvedRoadmap b = roadmaps.latestOf(planIdB);
        try {
            return ComparisonResponse.of(a, b, comparer.compare(a.plan(), a.stored().roadmap(), b.plan(),
                    b.stored().roadmap()));
        } catch (NotComparableException e) {
            throw new ConflictException(Text.of("Plans not comparable", "Không so sánh được hai kế hoạch"),
                    Text.format("Plans {0} and {1} cannot be compared: {2}.", "Không so sánh được kế hoạch {0} và {1}:"
                            + " {2}.", planIdA, planIdB, e.reason()),
                    Map.of("planIdA", planIdA, "planIdB", planIdB), List.of());
        }
    }

    /** The comparison's components, one row each, as CSV. */
    public byte[] compareAsCsv(String planIdA, String planIdB) {
        return ReportFiles.csv(ComparisonTables.components(compare(planIdA, planIdB)));
    }

    /** The comparison as a workbook: sheets {@code Components}, {@code Spend}, {@code Summary}. */
    public byte[] compareAsXlsx(String planIdA, String planIdB, Optional<Language> language) {
        return ReportFiles.xlsx(ComparisonTables.sheets(compare(planIdA, planIdB)), headings.in(language));
    }
}
