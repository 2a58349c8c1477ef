package vn.lotrinh.planner.api.security;

/**
 * One {@code lotrinh.users[i]} entry as configured, not yet checked: see {@link AccessProperties#users()}.
 *
 * @param password encoded for Spring Security's delegating encoder: {@code {bcrypt}$2a$…} or {@code {noop}plain}
 * @param role {@code PLANNER} or {@code VIEWER}
 */
public record ConfiguredUser(String username, String password, String role) {

    /** Never the password: this record may end up in a log or an exception. */
    @Override
    public String toString() {
        return "ConfiguredUser[username=" + username + ", role=" + role + "]";
    }
}
