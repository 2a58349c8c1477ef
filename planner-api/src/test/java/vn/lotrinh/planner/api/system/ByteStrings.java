package vn.lotrinh.planner.api.system;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Seeded arbitrary request bodies: random bytes, random text made of the characters that matter to JSON, CSV and
 * Vietnamese names, and valid documents mutated (bytes flipped, inserted, deleted; cut short; spliced), each under a
 * media type drawn at random, some of them multipart forms wrapping the bytes as an uploaded file.
 */
final class ByteStrings {

    /** A body and the {@code Content-Type} it is sent under, {@code null} for none. */
    record Body(byte[] bytes, String contentType, String description) {
    }

    private static final String BOUNDARY = "lo-trinh-bien";
    private static final String TEXT_ALPHABET = "{}[]\":,.-+eE0123456789 \t\r\n\\/truefalsnl;=@#'"
            + "aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẢÃẠăắằẳẵặếềểễệịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ\u0000\uFFFD";
    private static final List<String> MEDIA_TYPES = List.of("application/json", "text/csv",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/octet-stream",
            "text/plain", "application/xml", "application/json; charset=ISO-8859-1", "*/*", "x/;;=",
            "multipart/form-data; boundary=" + BOUNDARY, "multipart/form-data");
    private static final List<String> FILE_NAMES = List.of("plan.json", "components.csv", "plan.xlsx", "plan",
            "kế hoạch.csv", "a.exe", "");

    private final Random random;
    private final List<byte[]> documents;

    /** @param documents valid inputs of the endpoints (a plan, a solve request, a CSV table, a workbook) to mutate */
    ByteStrings(long seed, List<byte[]> documents) {
        this.random = new Random(seed);
        this.documents = documents;
    }

    Body next() {
        return switch (random.nextInt(4)) {
            case 0 -> typed(randomBytes(), "random bytes");
            case 1 -> typed(randomText(), "random text");
            default -> typed(mutated(), "a mutated document");
        };
    }

    /** A query string of random names and values, percent-encoded so that the request line itself is valid. */
    String query() {
        StringBuilder query = new StringBuilder("?");
        for (String name : List.of("limit", "table", "lang", "samples", "seed", "criteria", "x")) {
            if (random.nextBoolean()) {
                query.append(name).append('=').append(encoded(random.nextBoolean() ? randomText() : randomBytes()))
                        .append('&');
            }
        }
        return query.toString();
    }

    /** A path segment of random text or bytes, percent-encoded. */
    String segment() {
        byte[] bytes = random.nextBoolean() ? randomText() : randomBytes();
        return bytes.length == 0 ? "0" : encoded(bytes);
    }

    private Body typed(byte[] bytes, String what) {
        int choice = random.nextInt(MEDIA_TYPES.size() + 1);
        if (choice == MEDIA_TYPES.size()) {
            return new Body(bytes, null, what + " without a media type");
        }
        String type = MEDIA_TYPES.get(choice);
        if (type.endsWith(BOUNDARY) && random.nextBoolean()) {
            return new Body(multipart(bytes), type, what + " as an uploaded file");
        }
        return new Body(bytes, type, what + " as " + type);
    }

    private byte[] multipart(byte[] file) {
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        String name = random.nextInt(5) == 0 ? "other" : "file";
        String fileName = FILE_NAMES.get(random.nextInt(FILE_NAMES.size()));
        form.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        form.writeBytes(file);
        if (random.nextInt(4) != 0) {
            form.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        }
        return form.toByteArray();
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[length()];
        random.nextBytes(bytes);
        return bytes;
    }

    private byte[] randomText() {
        int length = length();
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(TEXT_ALPHABET.charAt(random.nextInt(TEXT_ALPHABET.length())));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] mutated() {
        byte[] document = documents.get(random.nextInt(documents.size()));
        ByteArrayOutputStream out = new ByteArrayOutputStream(document.length + 16);
        switch (random.nextInt(3)) {
            case 0 -> out.write(document, 0, random.nextInt(document.length + 1));
            case 1 -> {
                byte[] other = documents.get(random.nextInt(documents.size()));
                int cut = random.nextInt(document.length + 1);
                int from = random.nextInt(other.length + 1);
                out.write(document, 0, cut);
                out.write(other, from, other.length - from);
            }
            default -> out.writeBytes(document);
        }
        byte[] bytes = out.toByteArray();
        int edits = 1 + random.nextInt(8);
        for (int i = 0; i < edits && bytes.length > 0; i++) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    /** Mostly short, sometimes up to 64 KiB. */
    private int length() {
        return random.nextInt(8) == 0 ? random.nextInt(65_536) : random.nextInt(256);
    }

    private static String encoded(byte[] bytes) {
        StringBuilder encoded = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            encoded.append('%').append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return encoded.toString();
    }
}
