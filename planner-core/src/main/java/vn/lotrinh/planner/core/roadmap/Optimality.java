package vn.lotrinh.planner.core.roadmap;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * How far a roadmap is known to be from the best roadmap of its plan, as the exact search proves it.
 *
 * @param status {@code OPTIMAL}: no roadmap that keeps every rule and schedules as many {@code MUST} components has a
 *     better objective; {@code FEASIBLE}: the roadmap keeps every rule and the bound says how much better one could
 *     be; {@code UNKNOWN}: nothing is proven, {@code reason} says why
 * @param bound the exact search's best bound on the objective (the spec's objective: value, or {@code −makespan}),
 *     {@code null} when there is none
 * @param gap {@code (bound − objectiveValue) ÷ |objectiveValue|}: the most the objective could still gain, as a
 *     fraction of it (0 when optimal), {@code null} without a bound
 * @param provenAt when the roadmap was proven optimal, {@code null} unless {@code OPTIMAL}
 * @param reason why nothing or not everything is proven, in English and Vietnamese; {@code null} when optimal
 */
public record Optimality(Status status, BigDecimal bound, BigDecimal gap, Instant provenAt, Text reason) {

    /** What is proven about a roadmap. */
    public enum Status { OPTIMAL, FEASIBLE, UNKNOWN }

    public Optimality {
        Objects.requireNonNull(status, "status");
    }

    public static Optimality optimal(BigDecimal bound, Instant provenAt) {
        return new Optimality(Status.OPTIMAL, bound, BigDecimal.ZERO, provenAt, null);
    }

    public static Optimality unknown(Text reason) {
        return new Optimality(Status.UNKNOWN, null, null, null, reason);
    }

    public boolean isOptimal() {
        return status == Status.OPTIMAL;
    }
}
