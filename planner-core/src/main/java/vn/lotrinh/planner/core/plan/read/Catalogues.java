package vn.lotrinh.planner.core.plan.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import vn.lotrinh.planner.core.plan.Catalogue;

/**
 * The framework catalogues plans may name, by id: the national framework's catalogue shipped with the planner
 * ({@value #DEFAULT_ID}, from {@code data/framework}), and those of a folder, where a province may put its own
 * version of a catalogue or another one (the file {@code <id>.csv}).
 */
public final class Catalogues {

    /** The catalogue of a plan that names none: Khung Kiến trúc Chính phủ điện tử Việt Nam 2.0. */
    public static final String DEFAULT_ID = "khung-2.0";

    private static final Catalogues BUNDLED = new Catalogues(Map.of(DEFAULT_ID, bundled(DEFAULT_ID)));

    private final Map<String, Catalogue> byId;

    private Catalogues(Map<String, Catalogue> byId) {
        this.byId = Map.copyOf(byId);
    }

    /** The catalogues shipped with the planner. */
    public static Catalogues bundled() {
        return BUNDLED;
    }

    /**
     * The shipped catalogues and every {@code <id>.csv} of the folder, a file replacing the shipped catalogue of its id.
     *
     * @throws IllegalArgumentException naming the file, row and column of a bad cell
     */
    public static Catalogues withFolder(Path folder) {
        Map<String, Catalogue> byId = new LinkedHashMap<>(BUNDLED.byId);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList()) {
                String name = file.getFileName().toString();
                String id = name.substring(0, name.length() - ".csv".length());
                try (Reader csv = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    byId.put(id, CatalogueReader.read(id, csv, file.toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the framework catalogues in " + folder, e);
        }
        return new Catalogues(byId);
    }

    public Optional<Catalogue> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The ids, sorted, for messages. */
    public List<String> ids() {
        return byId.keySet().stream().sorted().toList();
    }

    private static Catalogue bundled(String id) {
        String resource = id + ".csv";
        try (InputStream in = Catalogues.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the planner's jar lacks the framework catalogue " + resource);
            }
            return CatalogueReader.read(id, new InputStreamReader(in, StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
