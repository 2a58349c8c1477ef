package vn.lotrinh.planner.api.frontier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import vn.lotrinh.planner.api.job.JobStore;
import vn.lotrinh.planner.api.plan.PlanSnapshot;
import vn.lotrinh.planner.api.system.NotFoundException;
import vn.lotrinh.planner.core.frontier.FrontierSpec;
import vn.lotrinh.planner.core.plan.read.Text;

/** The stored frontiers, each with the points found so far. */
@Component
class Frontiers extends JobStore<FrontierEntity> {

    private final FrontierPointRepository points;
    private final ObjectMapper json;

    Frontiers(FrontierRepository frontiers, FrontierPointRepository points, ObjectMapper json,
            PlatformTransactionManager transactions, Clock clock) {
        super(frontiers, transactions, clock, Text.of("frontier", "biên ngân sách"));
        this.points = points;
        this.json = json;
    }

    /**
     * Stores a {@code QUEUED} frontier of the snapshot's plan version.
     *
     * @throws NotFoundException when the plan was deleted since the snapshot was taken
     */
    Frontier create(PlanSnapshot snapshot, FrontierSpec spec) {
        FrontierEntity frontier = new FrontierEntity(UUID.randomUUID().toString(), snapshot, spec, now());
        insert(frontier);
        return frontier.toFrontier(List.of());
    }

    /** @throws NotFoundException when there is no such frontier */
    Frontier frontier(String frontierId) {
        FrontierEntity frontier = find(frontierId);
        return frontier.toFrontier(pointsOf(List.of(frontierId)).getOrDefault(frontierId, List.of()));
    }

    /** The plan's frontiers, the most recently submitted first. */
    List<Frontier> ofPlan(String planId) {
        List<FrontierEntity> frontiers = findOfPlan(planId);
        Map<String, List<Frontier.Point>> pointsById = pointsOf(frontiers.stream().map(FrontierEntity::getId).toList());
        return frontiers.stream()
                .map(frontier -> frontier.toFrontier(pointsById.getOrDefault(frontier.getId(), List.of())))
                .toList();
    }

    /** Writes the frontier's point at this position of its scales. */
    void addPoint(String frontierId, int pointIndex, Frontier.Point point) {
        String document;
        try {
            document = json.writeValueAsString(point);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a frontier point is always written as JSON", e);
        }
        points.save(new FrontierPointEntity(UUID.randomUUID().toString(), frontierId, pointIndex, document));
    }

    private Map<String, List<Frontier.Point>> pointsOf(List<String> frontierIds) {
        return points.findByFrontierIdInOrderByPointIndex(frontierIds).stream()
                .collect(Collectors.groupingBy(FrontierPointEntity::frontierId,
                        Collectors.mapping(this::read, Collectors.toList())));
    }

    private Frontier.Point read(FrontierPointEntity point) {
        try {
            return json.readValue(point.document(), Frontier.Point.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored frontier point is not the JSON written", e);
        }
    }
}
