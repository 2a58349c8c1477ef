package vn.lotrinh.planner.core.plan.read;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The ids of one kind of item in a list, each belonging to the first item that has it; a later claim is reported. */
final class UniqueIds {

    private final Checks checks;
    private final Text kind;
    private final Map<String, String> firstPointerById = new HashMap<>();
    private final Set<String> ids = new LinkedHashSet<>();

    UniqueIds(Checks checks, Text kind) {
        this.checks = checks;
        this.kind = kind;
    }

    /**
     * Claims the id for the item at {@code itemPointer}; reports it at the item's {@code id} when an earlier item has
     * it already.
     *
     * @return whether the id was free
     */
    boolean claim(String id, String itemPointer) {
        ids.add(id);
        String first = firstPointerById.putIfAbsent(id, itemPointer);
        if (first != null) {
            checks.report(Pointers.member(itemPointer, "id"), Text.format(
                    "{0} id {1} is already used by {2}: each {0} needs its own id",
                    "id {1} của {0} đã được dùng ở {2}: mỗi {0} cần một id riêng", kind, Checks.quote(id), first));
        }
        return first == null;
    }

    /** Every id claimed, in the order first claimed. */
    Set<String> ids() {
        return ids;
    }
}
