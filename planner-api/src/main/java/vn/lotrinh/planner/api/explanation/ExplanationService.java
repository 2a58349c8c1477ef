package vn.lotrinh.planner.api.explanation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.lotrinh.planner.api.job.SolveJob;
import vn.lotrinh.planner.api.job.SolveJobs;
import vn.lotrinh.planner.api.roadmap.RoadmapStamp;
import vn.lotrinh.planner.api.roadmap.RoadmapStore;
import vn.lotrinh.planner.api.roadmap.StoredRoadmap;
import vn.lotrinh.planner.api.system.Language;
import vn.lotrinh.planner.api.system.NotFoundException;
import vn.lotrinh.planner.api.system.PreparedJson;
import vn.lotrinh.planner.api.system.SingleFlightCache;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.solver.RoadmapSolver;
import vn.lotrinh.planner.core.solver.explain.Explanation;

/**
 * Explains roadmaps (see {@code RoadmapSolver.explain}) against the plan version each was solved from, and writes the
 * explanations out in the reader's language.
 *
 * <p>A roadmap is explained once per state, its job and last improvement, and each language's JSON is written once
 * from that explanation: both are kept, the JSON ready to send, under keys that name the roadmap state, as the
 * projections are. A new solve or an improved roadmap is simply a new key, and a deleted plan's roadmaps are no
 * longer found before the cache is asked, so nothing is ever stale.
 */
@Service
public class ExplanationService {

    /** The most roadmaps whose explanation is kept (a 1,000-component plan's is a few megabytes). */
    static final int MAX_CACHED_EXPLANATIONS = 16;
    /** The most JSON kept for explanations, over every language. */
    static final long MAX_CACHED_JSON_BYTES = 32L * 1024 * 1024;

    /** One state of a job's roadmap. */
    record RoadmapState(String jobId, Instant updatedAt) {
    }

    /** One state of a roadmap written in one language. */
    record Written(RoadmapState state, Language language) {
    }

    private final RoadmapStore roadmaps;
    private final SolveJobs jobs;
    private final RoadmapSolver solver;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final SingleFlightCache<RoadmapState, ExplainedRoadmap> explained =
            new SingleFlightCache<>(MAX_CACHED_EXPLANATIONS, explanation -> 1);
    private final SingleFlightCache<Written, PreparedJson> written =
            new SingleFlightCache<>(MAX_CACHED_JSON_BYTES, prepared -> prepared.json().length);

    ExplanationService(RoadmapStore roadmaps, SolveJobs jobs, RoadmapSolver solver, MessageSource messages,
            ObjectMapper json) {
        this.roadmaps = roadmaps;
        this.jobs = jobs;
        this.solver = solver;
        this.messages = messages;
        this.json = json;
    }

    /**
     * The explanation of the roadmap of the plan's most recently submitted job that has one, as JSON of an
     * {@link ExplanationResponse}.
     *
     * @throws NotFoundException when there is no such plan or it has never been solved
     */
    public PreparedJson latestOfPlan(String planId, Language language) {
        RoadmapStamp stamp = roadmaps.latestStampOf(planId);
        return json(new RoadmapState(stamp.jobId(), stamp.updatedAt()), () -> roadmaps.roadmapOf(stamp), language);
    }

    /**
     * The explanation of the job's best roadmap so far, as JSON of an {@link ExplanationResponse}.
     *
     * @throws NotFoundException when there is no such job or it has no roadmap yet
     */
    public PreparedJson ofJob(String jobId, Language language) {
        SolveJob job = jobs.job(jobId);
        StoredRoadmap roadmap = roadmaps.ofJob(job.jobId()).orElseThrow(() ->
                new NotFoundException(Text.format("Solve job {0} has no roadmap yet.",
                        "Lượt giải {0} chưa có lộ trình.", jobId)));
        return json(new RoadmapState(roadmap.jobId(), roadmap.updatedAt()), () -> roadmap, language);
    }

    /**
     * The explanation of a stored roadmap as the core gives it, before any text: the same, from the same cache, as the
     * explanation answers show for that state of the roadmap.
     */
    public Explanation explanationOf(StoredRoadmap roadmap) {
        RoadmapState state = new RoadmapState(roadmap.jobId(), roadmap.updatedAt());
        return explained.get(state, () -> explain(roadmap)).explanation();
    }

    private PreparedJson json(RoadmapState state, Supplier<StoredRoadmap> roadmap, Language language) {
        return written.get(new Written(state, language), () -> {
            ExplainedRoadmap explanation = explained.get(state, () -> explain(roadmap.get()));
            ExplanationTexts texts = new ExplanationTexts(messages, language, explanation.plan());
            return PreparedJson.of(json, ExplanationResponse.of(explanation, texts));
        });
    }

    /**
     * Explains the roadmap as it is stored now, which may be a little newer than the state it was asked for if its
     * solve improved it meanwhile: the answer names the state it was made from.
     */
    private ExplainedRoadmap explain(StoredRoadmap roadmap) {
        Plan plan = jobs.planOf(roadmap.jobId());
        return ExplainedRoadmap.of(roadmap, plan, solver.explain(plan, roadmap.roadmap()));
    }
}
