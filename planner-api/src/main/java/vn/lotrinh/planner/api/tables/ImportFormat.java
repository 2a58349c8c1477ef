package vn.lotrinh.planner.api.tables;

import java.util.Locale;
import vn.lotrinh.planner.api.system.UnsupportedFileTypeException;
import vn.lotrinh.planner.core.plan.read.Text;

/** The kinds of file a plan can be imported from, told by the file name's extension or else its declared type. */
enum ImportFormat {
    JSON(".json", "application/json"),
    CSV(".csv", "text/csv"),
    XLSX(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    ImportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    static ImportFormat of(Upload file) {
        String name = file.filename() == null ? "" : file.filename().toLowerCase(Locale.ROOT);
        for (ImportFormat format : values()) {
            if (name.endsWith(format.extension)) {
                return format;
            }
        }
        if (!name.contains(".") && file.contentType() != null) {
            String type = file.contentType().toLowerCase(Locale.ROOT);
            for (ImportFormat format : values()) {
                if (type.startsWith(format.mediaType)) {
                    return format;
                }
            }
        }
        throw new UnsupportedFileTypeException(Text.format("Cannot import '{0}' ({1}): upload a .json, .csv or"
                + " .xlsx file.", "Không nhập được '{0}' ({1}): hãy tải lên tệp .json, .csv hoặc .xlsx.",
                file.filename(), file.contentType()));
    }
}
