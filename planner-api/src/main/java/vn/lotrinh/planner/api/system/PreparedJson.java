package vn.lotrinh.planner.api.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;

/**
 * A JSON answer serialized once, for answers that are read far more often than they change (a roadmap of thousands
 * of components is megabytes of JSON). Its gzip form is made on first demand and answered to clients that accept it.
 */
public final class PreparedJson {

    /** Below this many bytes compressing saves less than it costs. */
    static final int MIN_GZIP_BYTES = 2048;

    private final byte[] json;
    private volatile byte[] gzip;

    private PreparedJson(byte[] json) {
        this.json = json;
    }

    public static PreparedJson of(ObjectMapper mapper, Object value) {
        try {
            return new PreparedJson(mapper.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer could not be written as JSON", e);
        }
    }

    /** The JSON as UTF-8 bytes. */
    public byte[] json() {
        return json;
    }

    /**
     * The answer {@code 200} to a request with this {@code Accept-Encoding}: gzip-encoded when the client accepts
     * gzip and the JSON is large enough to gain from it, else as is.
     */
    public ResponseEntity<byte[]> response(@Nullable String acceptEncoding) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .varyBy(HttpHeaders.ACCEPT_ENCODING);
        if (json.length >= MIN_GZIP_BYTES && acceptsGzip(acceptEncoding)) {
            return answer.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(gzip());
        }
        return answer.body(json);
    }

    /**
     * The answer {@code 200} as {@link #response(String)}, for JSON written in {@code language}: it says so in
     * {@code Content-Language} and varies by {@code Accept-Language} too, so that no cache hands it to a reader of the
     * other language.
     */
    public ResponseEntity<byte[]> response(@Nullable String acceptEncoding, Language language) {
        ResponseEntity<byte[]> answer = response(acceptEncoding);
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(answer.getHeaders());
        headers.set(HttpHeaders.CONTENT_LANGUAGE, language.tag());
        headers.setVary(List.of(HttpHeaders.ACCEPT_ENCODING, HttpHeaders.ACCEPT_LANGUAGE));
        return new ResponseEntity<>(answer.getBody(), headers, answer.getStatusCode());
    }

    byte[] gzip() {
        byte[] compressed = gzip;
        if (compressed == null) {
            synchronized (this) {
                compressed = gzip;
                if (compressed == null) {
                    compressed = compress(json);
                    gzip = compressed;
                }
            }
        }
        return compressed;
    }

    /** Whether an {@code Accept-Encoding} value names gzip (or {@code *}) without refusing it by {@code q=0}. */
    static boolean acceptsGzip(@Nullable String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip();
            if (name.equalsIgnoreCase("gzip") || name.equals("*")) {
                return !refused(parts);
            }
        }
        return false;
    }

    private static boolean refused(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].strip().toLowerCase();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2)) == 0;
                } catch (NumberFormatException e) {
                    return true;
                }
            }
        }
        return false;
    }

    private static byte[] compress(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 8 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 64 * 1024)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
