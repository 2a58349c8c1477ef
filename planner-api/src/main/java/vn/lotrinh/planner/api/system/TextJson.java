package vn.lotrinh.planner.api.system;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import org.springframework.boot.jackson.JsonComponent;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * Writes a {@link Text} (an error's or a warning's message) as a string in the reader's language, so that
 * {@code {pointer, message}} reads the same in JSON as before the message knew two languages.
 */
@JsonComponent
class TextJson extends JsonSerializer<Text> {

    @Override
    public void serialize(Text text, JsonGenerator json, SerializerProvider serializers) throws IOException {
        json.writeString(ReaderLanguage.of(text));
    }
}
