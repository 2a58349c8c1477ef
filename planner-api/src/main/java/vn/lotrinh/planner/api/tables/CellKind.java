package vn.lotrinh.planner.api.tables;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * How the text of a cell stands for a value of the {@code roadmap-plan/1} document, in both directions: read by
 * {@link CellReading}, written by {@link CellWriting}. Numbers have a dot for decimals and no thousands separators;
 * list cells hold entries separated by {@code ;}.
 */
enum CellKind {
    /** Text as written. */
    TEXT,
    /** A name from a fixed list ({@code MUST}, {@code YEAR}, {@code VND}), read in upper case whatever its case. */
    CODE,
    /** A period label in the calendar's notation, {@code 2023}, {@code 2023-Q2} or {@code 2023-07}, kept as text. */
    PERIOD,
    NUMBER,
    /** A whole number; {@code 2.0} counts as one. */
    INTEGER,
    /** {@code true} or {@code false}, in any case. */
    BOOLEAN,
    /** Numbers: {@code 0.7;0.3}. */
    NUMBER_LIST,
    /** Ids: {@code IOC_THUE;KDL}. */
    ID_LIST,
    /** Component ids with an optional lag: {@code TTDL;LGSP:1} is {@code ["TTDL", {"id": "LGSP", "lag": 1}]}. */
    DEPENDENCIES,
    /** Shares by id, {@code NS_TINH:0.5;NS_TW:0.5}; a lone id ({@code NS_TW}) is a share of 1. */
    SHARES,
    /** Amounts by id: {@code STAFF:2}. */
    AMOUNTS,
    /**
     * Funding options separated by {@code |}, each a funding source id or shares by id:
     * {@code NSDP_DTC|NSTW:0.7;NSDP_DTC:0.3} is {@code ["NSDP_DTC", {"NSTW": 0.7, "NSDP_DTC": 0.3}]}.
     */
    FUNDING_OPTIONS,
    /**
     * A number, the likely point of a three-point estimate: of the object that the column's path names a member of.
     * A row that gives no bound of the estimate gives the likely figure alone, which the format writes as a plain
     * number in place of the object.
     */
    ESTIMATE_LIKELY,
    /** A number, the low or high point of a three-point estimate. */
    ESTIMATE_BOUND;

    /** Between the entries of a list cell. */
    static final String LIST_SEPARATOR = ";";
    /** Between the options of a {@link #FUNDING_OPTIONS} cell. */
    static final String OPTION_SEPARATOR = "|";
    /** Between an entry's id and its number: {@code LGSP:1}, {@code STAFF:2}. */
    static final String ID_SEPARATOR = ":";

    /** The value a cell's trimmed, non-blank text stands for; empty, with the failure reported, when it is not one. */
    Optional<JsonNode> read(String text, CellAt at) {
        return CellReading.read(this, text, at);
    }

    /** The cell that stands for a present value. */
    CellValue write(JsonNode value) {
        return CellWriting.write(this, value);
    }

    boolean isEstimatePoint() {
        return this == ESTIMATE_LIKELY || this == ESTIMATE_BOUND;
    }
}
