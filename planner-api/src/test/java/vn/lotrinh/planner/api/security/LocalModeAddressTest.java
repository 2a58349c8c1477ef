package vn.lotrinh.planner.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class LocalModeAddressTest {

    @Test
    void withoutUsersTheServerListensOnLoopbackOnly() {
        assertThat(addressAfter(Map.of())).isEqualTo("127.0.0.1");
    }

    @Test
    void anAddressTheOperatorSetIsKept() {
        assertThat(addressAfter(Map.of("server.address", "0.0.0.0"))).isEqualTo("0.0.0.0");
    }

    @Test
    void withUsersTheAddressIsLeftAsConfigured() {
        assertThat(addressAfter(Map.of("lotrinh.users[0].username", "an", "lotrinh.users[0].password", "{noop}x",
                "lotrinh.users[0].role", "PLANNER"))).isNull();
    }

    @Test
    void loopbackAddressesAreKnownAsSuch() {
        assertThat(LocalModeAddress.isLoopback("127.0.0.1")).isTrue();
        assertThat(LocalModeAddress.isLoopback("::1")).isTrue();
        assertThat(LocalModeAddress.isLoopback("0.0.0.0")).isFalse();
        assertThat(LocalModeAddress.isLoopback("*")).isFalse();
    }

    private static String addressAfter(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("given", properties));
        new LocalModeAddress().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("server.address");
    }
}
