package vn.lotrinh.planner.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

class PreparedJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void gzipFormInflatesToTheJson() throws IOException {
        PreparedJson prepared = PreparedJson.of(JSON, Map.of("reasons", Collections.nCopies(500, "budget NS_TINH")));

        ResponseEntity<byte[]> answer = prepared.response("gzip");

        assertThat(answer.getHeaders().getFirst("Content-Encoding")).isEqualTo("gzip");
        assertThat(answer.getBody().length).isLessThan(prepared.json().length / 10);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(answer.getBody()))) {
            assertThat(in.readAllBytes()).isEqualTo(prepared.json());
        }
    }

    @Test
    void smallJsonIsNeverCompressed() {
        PreparedJson prepared = PreparedJson.of(JSON, Map.of("status", "COMPLETED"));

        ResponseEntity<byte[]> answer = prepared.response("gzip");

        assertThat(answer.getHeaders().containsKey("Content-Encoding")).isFalse();
        assertThat(answer.getBody()).isEqualTo(prepared.json());
    }

    @Test
    void everyAnswerVariesByAcceptEncoding() {
        PreparedJson prepared = PreparedJson.of(JSON, Map.of("status", "COMPLETED"));

        assertThat(prepared.response(null).getHeaders().getVary()).containsExactly("Accept-Encoding");
    }

    @Test
    void anAnswerInALanguageSaysWhichAndVariesByAcceptLanguageToo() {
        PreparedJson prepared = PreparedJson.of(JSON, Map.of("reasons", Collections.nCopies(500, "budget NS_TINH")));

        ResponseEntity<byte[]> answer = prepared.response("gzip", Language.EN);

        assertThat(answer.getHeaders().getFirst("Content-Language")).isEqualTo("en");
        assertThat(answer.getHeaders().getVary()).containsExactly("Accept-Encoding", "Accept-Language");
        assertThat(answer.getHeaders().getFirst("Content-Encoding")).isEqualTo("gzip");
    }

    @Test
    void acceptsGzipNamedAmongOtherCodingsOrByWildcard() {
        assertThat(PreparedJson.acceptsGzip("gzip")).isTrue();
        assertThat(PreparedJson.acceptsGzip("deflate, GZIP;q=0.5, br")).isTrue();
        assertThat(PreparedJson.acceptsGzip("*")).isTrue();
    }

    @Test
    void refusesGzipThatIsAbsentOrExcludedByQualityZero() {
        assertThat(PreparedJson.acceptsGzip(null)).isFalse();
        assertThat(PreparedJson.acceptsGzip("br, deflate")).isFalse();
        assertThat(PreparedJson.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(PreparedJson.acceptsGzip("gzip; q=0.0, identity")).isFalse();
    }
}
