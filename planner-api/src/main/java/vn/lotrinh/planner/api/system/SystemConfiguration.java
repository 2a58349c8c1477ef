package vn.lotrinh.planner.api.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import java.time.Clock;
import java.time.Duration;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lotrinh.planner.core.plan.read.Text;

@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

    static {
        // A text is answered as a string in the reader's language (TextJson), not as its two fields.
        SpringDocUtils.getConfig().replaceWithClass(Text.class, String.class);
    }

    /** UTC in whole microseconds: what the database keeps, so a time answered at once equals the one read later. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
    }

    @Bean
    OpenAPI plannerOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Lộ trình planner API")
                .version("1")
                .description("Store roadmap-plan/1 documents, solve them into roadmaps asynchronously, import plans "
                        + "from JSON, CSV and Excel, export roadmaps. Errors are RFC 9457 problem details."));
    }
}
