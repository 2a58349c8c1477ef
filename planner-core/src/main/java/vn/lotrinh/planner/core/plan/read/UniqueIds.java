package vn.lotrinh.planner.core.plan.read;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The ids of one kind of item in a list, each belonging to the first item that has it; a later claim is reported. */
final class UniqueIds {

    private final Checks checks;
    private final String kind;
    private final Map<String, String> firstPointerById = new HashMap<>();
    private final Set<String> ids = new LinkedHashSet<>();

    UniqueIds(Checks checks, String kind) {
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
            checks.report(Pointers.member(itemPointer, "id"), kind + " id " + Checks.quote(id) + " is already used by "
                    + first + ": each " + kind + " needs its own id");
        }
        return first == null;
    }

    /** Every id claimed, in the order first claimed. */
    Set<String> ids() {
        return ids;
    }
}
