package vn.lotrinh.planner.api.system;

/**
 * Text for a CSV cell that no spreadsheet runs as a formula (OWASP CSV injection): text that begins with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return — a component named {@code =HYPERLINK(…)} — goes out
 * behind a single quote, which spreadsheets show as text; the importer takes that quote off again. Numbers are
 * written as numbers and never quoted.
 */
public final class FormulaSafe {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final char QUOTE = '\'';

    private FormulaSafe() {
    }

    /** The text as a CSV cell: behind a quote when a spreadsheet would run it as a formula. */
    public static String forCsv(String text) {
        return startsAFormula(text, 0) ? QUOTE + text : text;
    }

    /** The text a CSV cell written by {@link #forCsv} stands for. */
    public static String fromCsv(String cell) {
        return cell.length() > 1 && cell.charAt(0) == QUOTE && startsAFormula(cell, 1) ? cell.substring(1) : cell;
    }

    private static boolean startsAFormula(String text, int at) {
        return text.length() > at && FORMULA_STARTS.indexOf(text.charAt(at)) >= 0;
    }
}
