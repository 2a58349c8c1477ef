package vn.lotrinh.planner.core.plan;

/** Who builds a framework component: a ministry for every province, or the province itself. */
public enum Provision {
    /** A ministry runs it for the whole country; a province connects to it and should not build its own. */
    NATIONAL,
    /** The province builds and runs it. */
    PROVINCE
}
