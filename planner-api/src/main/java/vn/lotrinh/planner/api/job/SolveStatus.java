package vn.lotrinh.planner.api.job;

/** Where a solve job is: waiting, running, or finished one of three ways. */
public enum SolveStatus {
    QUEUED,
    SOLVING,
    /** Ran to its time limit or until no improvement came. */
    COMPLETED,
    /** Stopped early on request; the best roadmap so far is kept. */
    TERMINATED,
    /** Could not finish, e.g. the service stopped while it ran; {@code reason} says why. */
    FAILED;

    public boolean isFinished() {
        return this == COMPLETED || this == TERMINATED || this == FAILED;
    }
}
