package vn.lotrinh.planner.api.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.lotrinh.planner.api.plan.PlanDocument;
import vn.lotrinh.planner.api.plan.PlanService;
import vn.lotrinh.planner.api.plan.StoredPlan;
import vn.lotrinh.planner.core.plan.read.InvalidPlanException;

/**
 * Loads the sample plan into an empty database on the first start, once: a marker row remembers it, so that a user
 * who deletes every plan does not get the sample back. A missing or invalid sample file is logged and skipped.
 * {@code lotrinh.sample.enabled=false} turns it off.
 */
@Component
@ConditionalOnBooleanProperty(name = "lotrinh.sample.enabled", matchIfMissing = true)
@EnableConfigurationProperties(SampleProperties.class)
class SampleDataLoader implements ApplicationRunner {

    static final String MARKER = "sample-plan-loaded";

    private static final Logger log = LoggerFactory.getLogger(SampleDataLoader.class);

    private final Path file;
    private final PlanService plans;
    private final ServiceMarkerRepository markers;
    private final Clock clock;

    SampleDataLoader(SampleProperties properties, PlanService plans, ServiceMarkerRepository markers, Clock clock) {
        this.file = properties.file();
        this.plans = plans;
        this.markers = markers;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (markers.existsById(MARKER) || !plans.isEmpty()) {
            return;
        }
        if (!Files.isReadable(file)) {
            log.warn("Sample plan {} not found; starting without it", file.toAbsolutePath());
            return;
        }
        try {
            StoredPlan stored = plans.create(PlanDocument.parse(Files.readAllBytes(file)));
            markers.save(new ServiceMarkerEntity(MARKER, clock.instant()));
            log.info("Loaded the sample plan '{}' as {}", stored.name(), stored.id());
        } catch (InvalidPlanException e) {
            log.warn("Sample plan {} is invalid and was not loaded: {}", file, e.getMessage());
        } catch (IOException e) {
            log.warn("Sample plan {} could not be read: {}", file, e.getMessage());
        }
    }
}
