package vn.lotrinh.planner.core.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A framework catalogue: the reference components a plan's {@code delivers} and {@code connects} name, in order. */
public final class Catalogue {

    private final String id;
    private final Map<String, FrameworkEntry> byCode = new LinkedHashMap<>();

    public Catalogue(String id, List<FrameworkEntry> entries) {
        this.id = id;
        for (FrameworkEntry entry : entries) {
            if (byCode.put(entry.code(), entry) != null) {
                throw new IllegalArgumentException("catalogue " + id + " lists " + entry.code() + " twice");
            }
        }
    }

    public String id() {
        return id;
    }

    public List<FrameworkEntry> entries() {
        return List.copyOf(byCode.values());
    }

    public Optional<FrameworkEntry> entry(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Set<String> codes() {
        return Collections.unmodifiableSet(byCode.keySet());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Catalogue that && id.equals(that.id) && byCode.equals(that.byCode);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + byCode.hashCode();
    }

    @Override
    public String toString() {
        return "catalogue " + id + " (" + byCode.size() + " entries)";
    }
}
