package vn.lotrinh.planner.core.projection;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Unmodifiable copies that keep the order of their keys (plan order, layer order), unlike {@code Map.copyOf}. */
final class OrderedMaps {

    private OrderedMaps() {
    }

    static <K, V> Map<K, V> copyOf(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
