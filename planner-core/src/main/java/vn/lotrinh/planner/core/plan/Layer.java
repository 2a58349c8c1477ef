package vn.lotrinh.planner.core.plan;

/** The reference models of Vietnam's e-Government Architecture Framework 2.0 that a component belongs to. */
public enum Layer {
    BUSINESS,
    DATA,
    APPLICATION,
    TECHNOLOGY,
    SECURITY,
    INFRASTRUCTURE,
    GOVERNANCE
}
