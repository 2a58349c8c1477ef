package vn.lotrinh.planner.api.system;

/**
 * What a report workbook calls its sheets and columns. {@link #KEYS} keeps the names programs read
 * ({@code Roadmap}, {@code start}); {@link ReportHeadings} gives the titles people read, in a language.
 */
public interface ReportTitles {

    /** The sheets' names and the columns' keys as they are. */
    ReportTitles KEYS = new ReportTitles() {
        @Override
        public String sheet(String name) {
            return name;
        }

        @Override
        public String column(String key) {
            return key;
        }
    };

    String sheet(String name);

    String column(String key);
}
