package vn.lotrinh.planner.api.security;

/**
 * How the service decides who may do what. {@code LOCAL}: no user is configured, so every request is allowed, on the
 * loopback address only, and changes are recorded as made by {@link CurrentUser#LOCAL}; {@code USERS}: configured
 * users with their roles.
 */
public enum AccessMode {
    LOCAL,
    USERS
}
