package vn.lotrinh.planner.api.solve;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lotrinh.planner.core.solver.RoadmapSolver;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SolveProperties.class)
class SolveConfiguration {

    /** One solver for the application: it is thread-safe and builds a fresh OptaPlanner solver per run. */
    @Bean
    RoadmapSolver roadmapSolver() {
        return new RoadmapSolver();
    }
}
