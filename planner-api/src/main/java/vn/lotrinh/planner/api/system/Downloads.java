package vn.lotrinh.planner.api.system;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Answers that are files to save: CSV and Excel exports, plan documents. */
public final class Downloads {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    /** A UTF-8 CSV file named {@code filename}. */
    public static ResponseEntity<byte[]> csv(byte[] body, String filename) {
        return attachment(MediaType.parseMediaType(CSV + ";charset=UTF-8"), filename).body(body);
    }

    /** An Excel workbook named {@code filename}. */
    public static ResponseEntity<byte[]> xlsx(byte[] body, String filename) {
        return attachment(MediaType.parseMediaType(XLSX), filename).body(body);
    }

    /** A {@code 200} answer of {@code type} that the client is to save as {@code filename}. */
    public static ResponseEntity.BodyBuilder attachment(MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename).build().toString());
    }
}
