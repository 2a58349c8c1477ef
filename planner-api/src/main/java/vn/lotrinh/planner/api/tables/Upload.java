package vn.lotrinh.planner.api.tables;

/** An uploaded file: its name and declared type as the client sent them, and its bytes. */
public record Upload(String filename, String contentType, byte[] bytes) {
}
