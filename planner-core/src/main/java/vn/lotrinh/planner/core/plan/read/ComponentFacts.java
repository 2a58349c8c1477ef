package vn.lotrinh.planner.core.plan.read;

import java.util.List;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.Priority;

/**
 * What the dependency and time rules need to know about one component, as far as its fields are valid, and the
 * component itself once built. Periods are indexes into the calendar.
 *
 * @param pointer the component's JSON Pointer, {@code /components/3}
 * @param id the component's id, or {@code null} when it is invalid
 * @param priority the priority given, or {@code null} when it is absent or invalid
 * @param durationPeriods 1–600, or {@code null} when invalid
 * @param dependsOn the entries of {@code dependsOn} that name a component id
 * @param excludes the entries of {@code excludes} that are text
 * @param replaces the entries of {@code replaces} that are text
 * @param timingKnown whether the calendar, the duration and every period field given are valid, so that the time rules
 *     can check this component
 * @param component the component built from its fields, or {@code null} unless the document was clean after them
 */
record ComponentFacts(
        String pointer,
        String id,
        Priority priority,
        Integer durationPeriods,
        List<DependencyEntry> dependsOn,
        List<ExclusionEntry> excludes,
        List<ReplacementEntry> replaces,
        Integer earliestStart,
        Integer latestFinish,
        Integer pinnedStart,
        boolean timingKnown,
        Component component) {

    /** How messages name the component: {@code component "TTDL"}, or by pointer when its id is invalid. */
    Text displayName() {
        return Text.format("component {0}", "hạng mục {0}", id == null ? Text.verbatim(pointer) : Checks.quote(id));
    }

    boolean isPinned() {
        return pinnedStart != null;
    }

    /**
     * One entry of {@code dependsOn}.
     *
     * @param entryPointer the entry, {@code /components/1/dependsOn/0}
     * @param idPointer the id in it: the entry itself, or its {@code id} member
     * @param lagPeriods the lag, or {@code null} when it is invalid
     */
    record DependencyEntry(String entryPointer, String idPointer, String predecessorId, Integer lagPeriods) {
    }

    /** One entry of {@code excludes}. */
    record ExclusionEntry(String pointer, String excludedId) {
    }

    /** One entry of {@code replaces}. */
    record ReplacementEntry(String pointer, String replacedId) {
    }
}
