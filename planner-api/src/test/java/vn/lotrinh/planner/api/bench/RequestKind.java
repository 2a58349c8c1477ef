package vn.lotrinh.planner.api.bench;

/**
 * What a client of the mixed load does in one step, with its share of the steps in thousandths. An edit is a
 * {@code GET} of the plan for its version (a {@link #READ_PLAN}) then a {@code PUT} with {@code If-Match}; a solve is
 * started and then watched by polling the job, each poll a {@link #READ_JOB}.
 */
enum RequestKind {
    LIST_PLANS(100),
    READ_PLAN(250),
    READ_ROADMAP(250),
    READ_PROJECTION(150),
    READ_JOB(0),
    IMPORT(100),
    EDIT(130),
    SOLVE(20);

    private final int perMille;

    RequestKind(int perMille) {
        this.perMille = perMille;
    }

    /** The kind a draw in {@code 0 … 999} falls on. */
    static RequestKind drawn(int draw) {
        int upTo = 0;
        for (RequestKind kind : values()) {
            upTo += kind.perMille;
            if (draw < upTo) {
                return kind;
            }
        }
        throw new IllegalArgumentException("a draw is 0 … 999, not " + draw);
    }
}
