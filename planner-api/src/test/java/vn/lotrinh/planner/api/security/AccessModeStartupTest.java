package vn.lotrinh.planner.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.lotrinh.planner.PlannerApplication;

/** The service started as an operator starts it: the mode it says it runs in, where it listens, what it logs. */
@ExtendWith(OutputCaptureExtension.class)
class AccessModeStartupTest {

    private static final String PASSWORD = "mat-khau-rat-bi-mat-42";

    @Test
    void withoutUsersItListensOnLoopbackOnlyAndSaysSoInOneLine(CapturedOutput output) {
        try (ConfigurableApplicationContext service = start()) {
            TomcatWebServer server = (TomcatWebServer) ((ServletWebServerApplicationContext) service).getWebServer();
            Connector connector = server.getTomcat().getConnector();

            assertThat(((InetAddress) connector.getProperty("address")).isLoopbackAddress()).isTrue();
            assertThat(output.getOut()).containsOnlyOnce("access mode=LOCAL users=0 address=127.0.0.1");
        }
    }

    @Test
    void withUsersItCountsThemAndNeverLogsAPassword(CapturedOutput output) {
        try (ConfigurableApplicationContext service = start(
                "--lotrinh.users[0].username=an", "--lotrinh.users[0].password={noop}" + PASSWORD,
                "--lotrinh.users[0].role=PLANNER",
                "--lotrinh.users[1].username=binh",
                "--lotrinh.users[1].password={bcrypt}" + UsersApiTest.VIEWER_PASSWORD_BCRYPT,
                "--lotrinh.users[1].role=VIEWER",
                "--logging.level.org.springframework.security=DEBUG")) {
            int port = ((ServletWebServerApplicationContext) service).getWebServer().getPort();
            HttpSession http = new HttpSession(port);
            assertThat(http.send("GET", "/api/plans", null, "Authorization", HttpSession.basic("an", PASSWORD))
                    .statusCode()).isEqualTo(200);
            assertThat(http.send("GET", "/api/plans", null, "Authorization",
                    HttpSession.basic("binh", "sai-" + PASSWORD)).statusCode()).isEqualTo(401);
        }

        assertThat(output.getAll()).contains("access mode=USERS users=2")
                .doesNotContain(PASSWORD)
                .doesNotContain(UsersApiTest.VIEWER_PASSWORD_BCRYPT)
                .doesNotContain("Using generated security password");
    }

    @Test
    void aBadUserStopsTheStartNamingTheProperty(CapturedOutput output) {
        assertThatThrownBy(() -> start("--lotrinh.users[0].username=an",
                "--lotrinh.users[0].password={noop}" + PASSWORD, "--lotrinh.users[0].role=PLANNER",
                "--lotrinh.users[1].username=an", "--lotrinh.users[1].password={noop}" + PASSWORD,
                "--lotrinh.users[1].role=VIEWER").close())
                .rootCause().hasMessageContaining("lotrinh.users[1].username").hasMessageNotContaining(PASSWORD);
        assertThat(output.getAll()).doesNotContain(PASSWORD);
    }

    private static ConfigurableApplicationContext start(String... properties) {
        String[] args = new String[properties.length + 1];
        args[0] = "--server.port=0";
        System.arraycopy(properties, 0, args, 1, properties.length);
        return new SpringApplicationBuilder(PlannerApplication.class).profiles("test").run(args);
    }
}
