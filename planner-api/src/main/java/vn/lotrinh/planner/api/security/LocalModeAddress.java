package vn.lotrinh.planner.api.security;

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
 * In local mode (no {@code lotrinh.users}) the server listens on the loopback address only, so that nobody else
 * reaches a service that lets every request through. An operator who sets {@code server.address} is obeyed: the
 * start-up line then warns that local mode is open on that address.
 */
class LocalModeAddress implements EnvironmentPostProcessor, Ordered {

    static final String LOOPBACK = "127.0.0.1";
    static final String SOURCE = "lotrinhLocalModeAddress";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean usersConfigured = Binder.get(environment)
                .bind(AccessProperties.PREFIX, Bindable.listOf(ConfiguredUser.class))
                .map(users -> !users.isEmpty()).orElse(false);
        if (!usersConfigured && !environment.containsProperty("server.address")) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE,
                    Map.<String, Object>of("server.address", LOOPBACK)));
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
