package vn.lotrinh.planner.api.system;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lotrinh.planner.core.plan.read.DocumentLimits;

/**
 * Spring's own mapper, which reads the solve and frontier requests, parses under the same {@link DocumentLimits} as
 * the plan reader.
 */
@Configuration(proxyBeanMethods = false)
class JsonLimits {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer documentLimits() {
        return builder -> builder.postConfigurer(
                mapper -> mapper.getFactory().setStreamReadConstraints(DocumentLimits.CONSTRAINTS));
    }
}
