package vn.lotrinh.planner.core.alignment;

import java.util.List;

/**
 * A plan, or its roadmap, against its framework catalogue.
 *
 * @param fromRoadmap whether statuses, live periods and money follow a roadmap, or the plan alone
 * @param entries every catalogue entry: first the required ones missing from the plan or deferred by the roadmap,
 *     then the others, each part in catalogue order
 * @param coverage by the roadmap, for every period of the horizon; empty for the plan alone
 */
public record Alignment(String catalogueId, boolean fromRoadmap, List<EntryAlignment> entries,
        List<Coverage> coverage, List<Duplication> duplications, List<Waste> waste) {

    public Alignment {
        entries = List.copyOf(entries);
        coverage = List.copyOf(coverage);
        duplications = List.copyOf(duplications);
        waste = List.copyOf(waste);
    }
}
