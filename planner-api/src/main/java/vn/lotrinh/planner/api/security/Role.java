package vn.lotrinh.planner.api.security;

/** What a configured user may do. */
public enum Role {
    /** Reads, writes and solves. */
    PLANNER,
    /** Reads only. */
    VIEWER
}
