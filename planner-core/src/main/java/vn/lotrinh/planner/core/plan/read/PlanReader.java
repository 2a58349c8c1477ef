package vn.lotrinh.planner.core.plan.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import vn.lotrinh.planner.core.plan.Plan;

/**
 * Reads a {@code roadmap-plan/1} document into a {@link Plan}: one pass checks every rule of the format and builds the
 * plan from the values it checked. A document that breaks any rule is refused with all its errors at once, the same
 * errors {@link PlanValidator} lists.
 */
public final class PlanReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder(
                    JsonFactory.builder().streamReadConstraints(DocumentLimits.CONSTRAINTS).build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final Catalogues catalogues;

    /** A reader of plans that name the framework catalogues shipped with the planner. */
    public PlanReader() {
        this(Catalogues.bundled());
    }

    /** A reader of plans that name one of these framework catalogues. */
    public PlanReader(Catalogues catalogues) {
        this.catalogues = catalogues;
    }

    /**
     * The mapper that reads plan documents: exact decimals, duplicate keys and trailing content refused, the
     * {@link DocumentLimits} applied.
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Parses JSON bytes into a tree; malformed JSON, and bytes that are not text in any of the encodings JSON may be
     * in, are an {@link InvalidPlanException} at the root pointer.
     */
    public static JsonNode parse(InputStream json) {
        try {
            return nonEmpty(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (NumberFormatException e) {
            throw numberOutOfRange(e);
        } catch (CharConversionException e) {
            throw new InvalidPlanException(List.of(new PlanError("", Text.format("not JSON text: {0}",
                    "không phải văn bản JSON: {0}", e.getMessage()))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return nonEmpty(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (NumberFormatException e) {
            throw numberOutOfRange(e);
        }
    }

    private static JsonNode nonEmpty(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            throw new InvalidPlanException(List.of(new PlanError("", Checks.EMPTY_DOCUMENT)));
        }
        return node;
    }

    /** Jackson refuses a number whose exponent no decimal holds ({@code 1e9999999999}) with this exception. */
    private static InvalidPlanException numberOutOfRange(NumberFormatException e) {
        return new InvalidPlanException(List.of(new PlanError("", Text.format("not valid JSON: {0}",
                "không phải JSON hợp lệ: {0}", e.getMessage()))));
    }

    private static InvalidPlanException malformed(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException exceeded) {
            return DocumentLimits.exceeded(exceeded);
        }
        return new InvalidPlanException(List.of(new PlanError("", Text.format("not valid JSON: {0}",
                "không phải JSON hợp lệ: {0}", e.getOriginalMessage()))));
    }

    public Plan read(String json) {
        return read(parse(json));
    }

    public Plan read(InputStream json) {
        return read(parse(json));
    }

    /**
     * Validates the document and builds the plan.
     *
     * @throws InvalidPlanException with every error found when the document breaks a rule of the format
     */
    public Plan read(JsonNode document) {
        PlanRules.CheckedPlan checked = PlanRules.check(document, catalogues);
        if (checked.plan() == null) {
            throw new InvalidPlanException(checked.errors());
        }
        return checked.plan();
    }
}
