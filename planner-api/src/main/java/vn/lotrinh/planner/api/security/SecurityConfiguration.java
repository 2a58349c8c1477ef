package vn.lotrinh.planner.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Who may do what. With users configured: reading (GET, HEAD) needs any role, everything else {@link Role#PLANNER},
 * and so do the operations endpoints under {@code /actuator} but health;
 * API clients send HTTP Basic credentials, the web page signs in through its login form and keeps a session whose
 * writes carry the CSRF token of the {@code XSRF-TOKEN} cookie in an {@code X-XSRF-TOKEN} header. Without users:
 * single-user local mode, every request allowed (see {@link AccessModeDefaults}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccessProperties.class)
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    /** What the login form needs before anyone has signed in; none of it holds plan data. */
    private static final String[] PUBLIC_FOR_READING = {
        AccessProblems.LOGIN_PAGE, "/css/**", "/js/**", "/webjars/**", "/api/texts"};

    private final List<User> users;

    SecurityConfiguration(AccessProperties properties, Environment environment) {
        this.users = properties.checkedUsers();
        logMode(environment.getProperty("server.address", "*"));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Also keeps Spring Boot from generating a user of its own and logging its password. */
    @Bean
    UserDetailsService userDetailsService() {
        return new InMemoryUserDetailsManager(users.stream()
                .map(user -> org.springframework.security.core.userdetails.User.withUsername(user.username())
                        .password(user.encodedPassword())
                        .roles(user.role().name())
                        .build())
                .toList());
    }

    @Bean
    SecurityFilterChain accessRules(HttpSecurity http, MessageSource messages, ObjectMapper json) throws Exception {
        return mode() == AccessMode.LOCAL ? localMode(http) : withUsers(http, new AccessProblems(messages, json));
    }

    AccessMode mode() {
        return users.isEmpty() ? AccessMode.LOCAL : AccessMode.USERS;
    }

    private static SecurityFilterChain localMode(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .anonymous(anonymous -> anonymous.principal(CurrentUser.LOCAL).authorities("ROLE_" + Role.PLANNER))
                .build();
    }

    private static SecurityFilterChain withUsers(HttpSecurity http, AccessProblems problems) throws Exception {
        CsrfTokenRequestAttributeHandler csrfTokens = new CsrfTokenRequestAttributeHandler();
        // Loaded on every request, so that the cookie is there for the page's script from its first page on.
        csrfTokens.setCsrfRequestAttributeName(null);
        String[] anyRole = {Role.PLANNER.name(), Role.VIEWER.name()};
        return http
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC_FOR_READING).permitAll()
                        // Probes carry no credentials; every other operations endpoint (metrics) is a planner's.
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.PLANNER.name())
                        .requestMatchers(HttpMethod.GET, "/**").hasAnyRole(anyRole)
                        .requestMatchers(HttpMethod.HEAD, "/**").hasAnyRole(anyRole)
                        .anyRequest().hasRole(Role.PLANNER.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .formLogin(form -> form
                        .loginPage(AccessProblems.LOGIN_PAGE)
                        .loginProcessingUrl("/login")
                        .defaultSuccessUrl("/", true)
                        .failureUrl(AccessProblems.LOGIN_PAGE + "?error")
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(AccessProblems.LOGIN_PAGE + "?logout"))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(csrfTokens)
                        // An API client's credentials travel in every request: nothing a forged page could borrow.
                        .ignoringRequestMatchers(SecurityConfiguration::carriesBasicCredentials))
                // No saved requests: an API call refused with 401 must not open a session.
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .build();
    }

    private static boolean carriesBasicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    private void logMode(String address) {
        if (mode() == AccessMode.LOCAL && !AccessModeDefaults.isLoopback(address)) {
            log.warn("access mode=LOCAL users=0 address={} open=true: every request from that address is allowed; "
                    + "configure lotrinh.users to require sign-in", address);
        } else {
            log.info("access mode={} users={} address={}", mode(), users.size(), address);
        }
    }
}
