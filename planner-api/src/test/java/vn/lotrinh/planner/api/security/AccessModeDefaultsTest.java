package vn.lotrinh.planner.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class AccessModeDefaultsTest {

    private static final Map<String, Object> USERS = Map.of("lotrinh.users[0].username", "an",
            "lotrinh.users[0].password", "{noop}x", "lotrinh.users[0].role", "PLANNER");

    @Test
    void withoutUsersTheServerListensOnLoopbackOnlyAndHealthShowsItsDetails() {
        Environment local = after(Map.of());

        assertThat(local.getProperty("server.address")).isEqualTo("127.0.0.1");
        assertThat(local.getProperty(AccessModeDefaults.HEALTH_DETAILS)).isEqualTo("always");
    }

    @Test
    void whatTheOperatorSetIsKept() {
        Environment local = after(Map.of("server.address", "0.0.0.0", AccessModeDefaults.HEALTH_DETAILS, "never"));

        assertThat(local.getProperty("server.address")).isEqualTo("0.0.0.0");
        assertThat(local.getProperty(AccessModeDefaults.HEALTH_DETAILS)).isEqualTo("never");
    }

    @Test
    void withUsersTheAddressIsLeftAsConfiguredAndHealthDetailsArePlannersOnly() {
        Environment withUsers = after(USERS);

        assertThat(withUsers.getProperty("server.address")).isNull();
        assertThat(withUsers.getProperty(AccessModeDefaults.HEALTH_DETAILS)).isEqualTo("when-authorized");
        assertThat(withUsers.getProperty("management.endpoint.health.roles")).isEqualTo("PLANNER");
    }

    @Test
    void loopbackAddressesAreKnownAsSuch() {
        assertThat(AccessModeDefaults.isLoopback("127.0.0.1")).isTrue();
        assertThat(AccessModeDefaults.isLoopback("::1")).isTrue();
        assertThat(AccessModeDefaults.isLoopback("0.0.0.0")).isFalse();
        assertThat(AccessModeDefaults.isLoopback("*")).isFalse();
    }

    private static Environment after(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("given", properties));
        new AccessModeDefaults().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
