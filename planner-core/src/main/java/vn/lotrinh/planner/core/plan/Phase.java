package vn.lotrinh.planner.core.plan;

/** A named group of consecutive periods, {@code firstPeriod … lastPeriod} inclusive (indexes). */
public record Phase(String id, String name, int firstPeriod, int lastPeriod) {

    public boolean contains(int period) {
        return period >= firstPeriod && period <= lastPeriod;
    }
}
