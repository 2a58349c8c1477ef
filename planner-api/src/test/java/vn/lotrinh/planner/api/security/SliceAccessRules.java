package vn.lotrinh.planner.api.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Puts the service's own access rules into every controller slice ({@code @WebMvcTest}, listed in
 * {@code META-INF/spring/…AutoConfigureWebMvc.imports}), ahead of Spring Boot's default of one generated user, so
 * that a slice answers as the whole service does.
 */
@AutoConfiguration(before = SecurityAutoConfiguration.class)
@Import(SecurityConfiguration.class)
class SliceAccessRules {
}
