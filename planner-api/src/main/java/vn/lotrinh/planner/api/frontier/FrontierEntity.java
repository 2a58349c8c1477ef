package vn.lotrinh.planner.api.frontier;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcType;
import vn.lotrinh.planner.api.job.JobEntity;
import vn.lotrinh.planner.api.job.JobFailure;
import vn.lotrinh.planner.api.job.JobState;
import vn.lotrinh.planner.api.plan.PlanSnapshot;
import vn.lotrinh.planner.api.system.TextJdbcType;
import vn.lotrinh.planner.core.frontier.FrontierSpec;

/** A budget frontier of one version of a plan: what it scales, and the status it shares with every job. */
@Entity
@Table(name = "frontiers")
public class FrontierEntity extends JobEntity {

    private static final String SCALE_SEPARATOR = ",";

    private String fundingSource;

    /** The scales in ascending order, in plain notation, separated by commas. */
    @JdbcType(TextJdbcType.class)
    private String scales;

    protected FrontierEntity() {
    }

    FrontierEntity(String id, PlanSnapshot snapshot, FrontierSpec spec, Instant submittedAt) {
        super(id, snapshot.planId(), snapshot.version(), spec.options().objective(), submittedAt);
        this.fundingSource = spec.fundingSource();
        this.scales = spec.scales().stream().map(BigDecimal::toPlainString)
                .collect(Collectors.joining(SCALE_SEPARATOR));
    }

    /** The frontier as clients see it, with the points found so far. */
    Frontier toFrontier(List<Frontier.Point> points) {
        JobState job = state();
        List<BigDecimal> scaleList = Arrays.stream(scales.split(SCALE_SEPARATOR)).map(BigDecimal::new).toList();
        return new Frontier(job.id(), job.planId(), job.planVersion(), job.status(), fundingSource, job.objective(),
                scaleList, points, new Frontier.Progress(points.size(), scaleList.size()), job.submittedAt(),
                job.startedAt(), job.finishedAt(),
                JobFailure.describe(job.failureReason()));
    }
}
