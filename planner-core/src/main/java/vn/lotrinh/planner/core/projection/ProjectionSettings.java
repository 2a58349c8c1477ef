package vn.lotrinh.planner.core.projection;

/**
 * How a projection simulates risk.
 *
 * @param simulations the number of Monte Carlo runs, {@code 0 … }{@value #MAX_SIMULATIONS}; 0 skips Monte Carlo, so
 *     that every percentile and mean equals the planned figure and a cap counts as exceeded with probability 1 when the
 *     planned spending exceeds it, else 0
 * @param seed the generator seed: the same plan, schedule, simulations and seed give the same figures
 */
public record ProjectionSettings(int simulations, long seed) {

    public static final int DEFAULT_SIMULATIONS = 10_000;
    public static final int MAX_SIMULATIONS = 100_000;

    public ProjectionSettings {
        if (simulations < 0 || simulations > MAX_SIMULATIONS) {
            throw new IllegalArgumentException(
                    "simulations must lie between 0 and " + MAX_SIMULATIONS + ": " + simulations);
        }
    }
}
