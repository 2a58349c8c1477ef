package vn.lotrinh.planner.core.solver.domain;

import java.util.List;

/**
 * Two components, neither replacing the other, that deliver the same capabilities of the framework catalogue: they
 * cannot both be scheduled. Entity indexes with {@code first < second}.
 *
 * @param codes the catalogue codes both deliver
 */
public record DuplicateProviders(int first, int second, List<String> codes) {

    public DuplicateProviders {
        codes = List.copyOf(codes);
    }
}
