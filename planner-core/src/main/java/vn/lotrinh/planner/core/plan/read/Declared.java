package vn.lotrinh.planner.core.plan.read;

import java.util.List;
import java.util.Set;

/**
 * A list of declarations such as the phases: the ids it declares, which references are resolved against, and the
 * items built from it.
 *
 * @param ids every id the list declares, also of items that are otherwise invalid, in document order
 * @param items the items built, complete when the document is clean
 */
record Declared<T>(Set<String> ids, List<T> items) {

    static <T> Declared<T> none() {
        return new Declared<>(Set.of(), List.of());
    }
}
