package vn.lotrinh.planner.api.bench;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every write the clients of a load run sent, by what the service answered: acknowledged ({@code 2xx}), refused (a
 * {@code 4xx}, which must have changed nothing) or unknown (no answer). Each write carries a marker of its own: an
 * imported plan's name, or an entry an edit appends to its plan's {@code loadMarks}, so that afterwards every
 * acknowledged write can be found exactly once and every refused one not at all.
 */
final class WriteLedger {

    private final Set<String> importedNames = ConcurrentHashMap.newKeySet();
    private final Set<String> refusedImportNames = ConcurrentHashMap.newKeySet();
    private final Map<String, ConcurrentLinkedQueue<String>> editMarks = new ConcurrentHashMap<>();
    private final Set<String> refusedEditMarks = ConcurrentHashMap.newKeySet();
    private final Set<String> unknown = ConcurrentHashMap.newKeySet();

    void imported(String name) {
        importedNames.add(name);
    }

    void importRefused(String name) {
        refusedImportNames.add(name);
    }

    void edited(String planId, String mark) {
        editMarks.computeIfAbsent(planId, id -> new ConcurrentLinkedQueue<>()).add(mark);
    }

    void editRefused(String mark) {
        refusedEditMarks.add(mark);
    }

    /** A write that got no answer: it may or may not have happened, but at most once. */
    void unanswered(String marker) {
        unknown.add(marker);
    }

    Set<String> importedNames() {
        return Set.copyOf(importedNames);
    }

    Set<String> refusedImportNames() {
        return Set.copyOf(refusedImportNames);
    }

    List<String> editMarks(String planId) {
        return List.copyOf(editMarks.getOrDefault(planId, new ConcurrentLinkedQueue<>()));
    }

    Set<String> refusedEditMarks() {
        return Set.copyOf(refusedEditMarks);
    }

    Set<String> unanswered() {
        return Set.copyOf(unknown);
    }

    int acknowledgedEdits() {
        return editMarks.values().stream().mapToInt(ConcurrentLinkedQueue::size).sum();
    }
}
