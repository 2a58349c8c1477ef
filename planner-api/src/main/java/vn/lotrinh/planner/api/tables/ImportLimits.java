package vn.lotrinh.planner.api.tables;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * What one imported table may hold, and the limits POI reads workbooks under, set once for the JVM when the importer
 * is first used (and at start-up, by {@link ImportLimitsAtStartup}). Every limit is far above what a plan needs: the
 * largest plan has {@code 20,000} components, the widest table 24 columns.
 */
final class ImportLimits {

    /** Data rows of one CSV file or sheet. */
    static final int MAX_ROWS = 100_000;
    /** Columns of a header. */
    static final int MAX_COLUMNS = 64;
    /** Non-blank cells of one CSV file or sheet. */
    static final int MAX_CELLS = 1_000_000;
    /** Characters of one cell: what an Excel cell holds. */
    static final int MAX_CELL_CHARS = 32_767;
    /** Sheets of a workbook: one per table, with room for a few the import refuses by name. */
    static final int MAX_SHEETS = 32;
    /**
     * The smallest ratio of compressed to expanded size of a workbook's part (POI's default): a part that expands
     * more than a hundredfold is a zip bomb.
     */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** Bytes one part of a workbook may expand to: a sheet of 20,000 components takes about 20 MB of XML. */
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    /** The largest array POI allocates for any one record of a workbook. */
    static final int MAX_RECORD_BYTES = 64 * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        IOUtils.setByteArrayMaxOverride(MAX_RECORD_BYTES);
    }

    private ImportLimits() {
    }

    static Text tooManyColumns(int columns) {
        return Text.format("the header has {0} columns, more than the {1} a table may have",
                "hàng tiêu đề có {0} cột, nhiều hơn mức tối đa {1} của một bảng", columns, MAX_COLUMNS);
    }

    static Text tooManyRows() {
        return Text.format("the table has more than {0} rows below its header, the most a table may have",
                "bảng có hơn {0} hàng dưới hàng tiêu đề, mức tối đa của một bảng", MAX_ROWS);
    }

    static Text tooManyCells() {
        return Text.format("the table has more than {0} non-blank cells, the most a table may have",
                "bảng có hơn {0} ô không trống, mức tối đa của một bảng", MAX_CELLS);
    }

    static Text tooLongCell(int characters) {
        return Text.format("{0} characters, more than the {1} a cell may hold",
                "{0} ký tự, nhiều hơn mức tối đa {1} của một ô", characters, MAX_CELL_CHARS);
    }

    /** Sets POI's limits, once; every later call does nothing. */
    static void install() {
        // The static initialiser does the work.
    }
}
