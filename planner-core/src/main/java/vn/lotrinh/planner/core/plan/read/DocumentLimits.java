package vn.lotrinh.planner.core.plan.read;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.List;

/**
 * What a JSON document read from a client may hold before its parser gives up, so that no document can make the
 * reader recurse too deep or hold huge texts and numbers. The limits sit far above what a plan needs: its deepest
 * member is six levels down ({@code /components/i/eligibleFunding/j/source}), its longest text a description, its
 * longest number an amount of at most 13 integer digits with a few decimals, its member names ids.
 */
public final class DocumentLimits {

    /** Objects and arrays inside each other. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Characters of one text value. */
    public static final int MAX_STRING_CHARS = 100_000;
    /** Characters of one member name. */
    public static final int MAX_NAME_CHARS = 1_000;
    /** Characters of one number, digits, sign, point and exponent. */
    public static final int MAX_NUMBER_CHARS = 100;

    /** The constraints every mapper that reads a client's JSON applies. */
    public static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_CHARS)
            .maxNameLength(MAX_NAME_CHARS)
            .maxNumberLength(MAX_NUMBER_CHARS)
            .build();

    private DocumentLimits() {
    }

    /** The error of a document that exceeds a limit, at the root pointer, naming the limit. */
    public static PlanError error(StreamConstraintsException e) {
        return new PlanError("", describe(e));
    }

    /** Jackson's sentence without its pointer to the Java method ({@code , from `StreamReadConstraints…`}). */
    public static Text describe(StreamConstraintsException e) {
        String limit = e.getOriginalMessage().replaceAll(", from `[^`]*`", "");
        return Text.format("the document exceeds a limit of the service: {0}",
                "tài liệu vượt một giới hạn của dịch vụ: {0}", limit);
    }

    static InvalidPlanException exceeded(StreamConstraintsException e) {
        return new InvalidPlanException(List.of(error(e)));
    }
}
