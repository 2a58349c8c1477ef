package vn.lotrinh.planner.api.system;

import vn.lotrinh.planner.core.plan.read.Text;

/**
 * What a report workbook calls its sheets and columns, and in which language its texts for people are.
 * {@link #KEYS} keeps the names programs read ({@code Roadmap}, {@code start}) and writes texts in English, as
 * before they knew two languages; {@link ReportHeadings} gives the titles people read, and the texts, in a
 * language.
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

        @Override
        public String text(Text text) {
            return text.english();
        }
    };

    String sheet(String name);

    String column(String key);

    /** A text for people in a cell, such as a deferral reason. */
    String text(Text text);
}
