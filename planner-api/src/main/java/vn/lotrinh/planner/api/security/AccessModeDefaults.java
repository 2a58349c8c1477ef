package vn.lotrinh.planner.api.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The settings that follow from the access mode, each where the operator set nothing. In local mode (no
 * {@code lotrinh.users}) the server listens on the loopback address only, so that nobody else reaches a service that
 * lets every request through, and health shows its details to the one person there. With users, health shows the
 * probes (which carry no credentials) its status and components, and its details — the database, the disk, the solve
 * pool's figures — to a {@link Role#PLANNER} only. An operator who sets {@code server.address} is obeyed: the
 * start-up line then warns that local mode is open on that address.
 */
class AccessModeDefaults implements EnvironmentPostProcessor, Ordered {

    static final String LOOPBACK = "127.0.0.1";
    static final String SOURCE = "lotrinhAccessModeDefaults";
    static final String HEALTH_DETAILS = "management.endpoint.health.show-details";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean usersConfigured = Binder.get(environment)
                .bind(AccessProperties.PREFIX, Bindable.listOf(ConfiguredUser.class))
                .map(users -> !users.isEmpty()).orElse(false);
        Map<String, Object> defaults = usersConfigured
                ? Map.of(HEALTH_DETAILS, "when-authorized", "management.endpoint.health.roles", Role.PLANNER.name())
                : Map.of("server.address", LOOPBACK, HEALTH_DETAILS, "always");
        Map<String, Object> unset = new LinkedHashMap<>();
        defaults.forEach((name, value) -> {
            if (!environment.containsProperty(name)) {
                unset.put(name, value);
            }
        });
        if (!unset.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE, unset));
        }
    }

    /** After the configuration files and every other source are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    static boolean isLoopback(String address) {
        return List.of(LOOPBACK, "localhost", "::1", "0:0:0:0:0:0:0:1").contains(address)
                || address.startsWith("127.");
    }
}
