package vn.lotrinh.planner.api.plan;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lotrinh.planner.core.plan.read.Catalogues;
import vn.lotrinh.planner.core.plan.read.PlanReader;

/**
 * The one plan reader of the service, over the shipped framework catalogues and those of
 * {@code lotrinh.framework.folder}. A bad catalogue file stops the start, naming its row and column.
 */
@Configuration
@EnableConfigurationProperties(FrameworkProperties.class)
class PlanReading {

    private static final Logger LOG = LoggerFactory.getLogger(PlanReading.class);

    @Bean
    PlanReader planReader(FrameworkProperties properties) {
        Catalogues catalogues = properties.folder() == null
                ? Catalogues.bundled()
                : Catalogues.withFolder(properties.folder());
        LOG.info("Framework catalogues plans may name: {}", String.join(", ", catalogues.ids()));
        return new PlanReader(catalogues);
    }
}
