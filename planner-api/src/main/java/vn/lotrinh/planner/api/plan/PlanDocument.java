package vn.lotrinh.planner.api.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import vn.lotrinh.planner.api.system.LimitExceededException;
import vn.lotrinh.planner.api.system.MalformedJsonException;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * A {@code roadmap-plan/1} document as a client sent it. The service stores {@link #json()}: the client's text when
 * it carried no service fields, otherwise the same document without them. {@code id} and {@code version} (and for a
 * scenario {@code parentId}, {@code parentVersion} and {@code parentExists}) are the service's envelope around a
 * stored document, so a client can send back what it read; they are never stored.
 *
 * @param json the document to store, without {@code id} and {@code version}
 * @param tree {@code json} parsed, numbers as exact decimals
 * @param id the {@code id} the client sent, if any
 * @param version the {@code version} the client sent, if any
 */
public record PlanDocument(String json, ObjectNode tree, Optional<JsonNode> id, Optional<JsonNode> version) {

    static final String ID = "id";
    static final String VERSION = "version";
    static final String PARENT_ID = "parentId";
    static final String PARENT_VERSION = "parentVersion";
    static final String PARENT_EXISTS = "parentExists";
    /** The envelope's members that only a scenario has: read-only, dropped from what a client sends. */
    private static final List<String> ORIGIN = List.of(PARENT_ID, PARENT_VERSION, PARENT_EXISTS);

    /** {@link PlanReader#mapper()} that also keeps decimals as written ({@code 1.50} stays {@code 1.50}). */
    private static final ObjectMapper MAPPER = PlanReader.mapper().copy()
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    /**
     * Parses a request body.
     *
     * @throws MalformedJsonException at pointer {@code ""} when the body is not JSON or not a JSON object
     * @throws LimitExceededException when the body is nested too deep or holds too long a text, name or number
     */
    public static PlanDocument parse(byte[] body) {
        String text = textOf(body);
        ObjectNode object = parseObject(text, Text.of("a plan must be a JSON object",
                "kế hoạch phải là một đối tượng JSON"));
        if (!object.has(ID) && !object.has(VERSION) && ORIGIN.stream().noneMatch(object::has)) {
            return new PlanDocument(text, object, Optional.empty(), Optional.empty());
        }
        Optional<JsonNode> id = Optional.ofNullable(object.remove(ID));
        Optional<JsonNode> version = Optional.ofNullable(object.remove(VERSION));
        object.remove(ORIGIN);
        return new PlanDocument(write(object), object, id, version);
    }

    /**
     * Parses a request body that is to be read against plans (a scenario request): numbers as exact decimals, as in
     * a plan.
     *
     * @throws MalformedJsonException at pointer {@code ""} when the body is not JSON or not a JSON object
     */
    public static ObjectNode parseRequest(byte[] body) {
        return parseObject(textOf(body), Text.of("the request must be a JSON object",
                "yêu cầu phải là một đối tượng JSON"));
    }

    private static String textOf(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static ObjectNode parseObject(String text, Text notAnObject) {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (StreamConstraintsException e) {
            throw new LimitExceededException(e);
        } catch (JsonProcessingException e) {
            throw new MalformedJsonException(Text.format("not valid JSON: {0}", "không phải JSON hợp lệ: {0}",
                    e.getOriginalMessage()));
        } catch (NumberFormatException e) {
            // Jackson's answer to a number whose exponent no decimal holds, such as 1e9999999999.
            throw new MalformedJsonException(Text.format("not valid JSON: {0}", "không phải JSON hợp lệ: {0}",
                    e.getMessage()));
        }
        if (node == null || node.isMissingNode()) {
            throw new MalformedJsonException(Text.of("the document is empty", "tài liệu trống"));
        }
        if (!(node instanceof ObjectNode object)) {
            throw new MalformedJsonException(notAnObject);
        }
        return object;
    }

    /** A document built by the service itself, e.g. converted from a spreadsheet. */
    public static PlanDocument of(ObjectNode tree) {
        return new PlanDocument(write(tree), tree, Optional.empty(), Optional.empty());
    }

    /** Reads a stored document back into a tree. */
    public static ObjectNode read(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored plan document is not valid JSON", e);
        }
    }

    /**
     * The stored document with the service's {@code id} and {@code version} in front, and for a scenario its
     * {@code parentId}, {@code parentVersion} and {@code parentExists}, as UTF-8 JSON.
     *
     * @param origin where a scenario comes from, {@code null} for another plan
     */
    static byte[] withEnvelope(String json, String id, long version, PlanOrigin origin) {
        ObjectNode out = MAPPER.createObjectNode();
        out.put(ID, id);
        out.put(VERSION, version);
        if (origin != null) {
            out.put(PARENT_ID, origin.parentId());
            out.put(PARENT_VERSION, origin.parentVersion());
            out.put(PARENT_EXISTS, origin.parentExists());
        }
        read(json).properties().forEach(field -> out.set(field.getKey(), field.getValue()));
        try {
            return MAPPER.writeValueAsBytes(out);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(JsonNode tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
