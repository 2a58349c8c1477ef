package vn.lotrinh.planner.api.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may use the service: {@code lotrinh.users[i].username}, {@code .password} and {@code .role}. No user at all
 * means single-user local mode (see {@link AccessMode}).
 */
@ConfigurationProperties("lotrinh")
public record AccessProperties(List<ConfiguredUser> users) {

    static final String PREFIX = "lotrinh.users";
    private static final List<String> ENCODINGS = List.of("{bcrypt}", "{noop}");

    public AccessProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /**
     * The configured users, checked: each has a name, a password encoded as {@code {bcrypt}…} or {@code {noop}…}
     * and a role, and no name is given twice.
     *
     * @throws IllegalStateException naming the first bad property, never a password
     */
    List<User> checkedUsers() {
        List<User> checked = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < users.size(); i++) {
            ConfiguredUser user = users.get(i);
            String property = PREFIX + "[" + i + "]";
            if (user == null || user.username() == null || user.username().isBlank()) {
                throw invalid(property + ".username", "must not be blank");
            }
            if (!names.add(user.username())) {
                throw invalid(property + ".username", "the user \"" + user.username() + "\" is configured twice");
            }
            String password = user.password();
            if (password == null || ENCODINGS.stream().noneMatch(password::startsWith)
                    || ENCODINGS.contains(password)) {
                throw invalid(property + ".password", "must be a password encoded as {bcrypt}… or {noop}…");
            }
            checked.add(new User(user.username(), password, role(property + ".role", user.role())));
        }
        return checked;
    }

    private static Role role(String property, String role) {
        if (role != null) {
            for (Role known : Role.values()) {
                if (known.name().equals(role.strip().toUpperCase(Locale.ROOT))) {
                    return known;
                }
            }
        }
        throw invalid(property, "must be PLANNER or VIEWER, not " + (role == null ? "absent" : "\"" + role + "\""));
    }

    private static IllegalStateException invalid(String property, String problem) {
        return new IllegalStateException("Invalid access configuration: " + property + " " + problem + ".");
    }
}
