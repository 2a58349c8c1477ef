package vn.lotrinh.planner.core.plan;

/**
 * One reference component of a national e-Government architecture framework that concerns a province.
 *
 * @param code the code that plans name in {@code delivers} and {@code connects}
 * @param kind what it is: a platform, a database, an application, a service, infrastructure…
 * @param requirement whether a province must have it ({@code MUST}), should ({@code SHOULD}) or may ({@code COULD})
 * @param source where the entry and its requirement come from
 */
public record FrameworkEntry(String code, String nameVi, String nameEn, Layer layer, String kind, Provision provision,
        Priority requirement, String source) {

    public boolean isRequired() {
        return requirement == Priority.MUST;
    }

    public boolean isNational() {
        return provision == Provision.NATIONAL;
    }
}
