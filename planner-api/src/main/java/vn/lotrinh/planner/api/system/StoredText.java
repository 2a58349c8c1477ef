package vn.lotrinh.planner.api.system;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * How a {@link Text} is kept inside a JSON document stored in the database: in both languages,
 * {@code {"english": …, "vietnamese": …}}, so that it can be answered later in whichever language its reader asks
 * for (an answer writes one, see {@link TextJson}). A plain string, as documents stored before the text knew both
 * languages hold it, is read back as the same words in both.
 */
public final class StoredText {

    private StoredText() {
    }

    /** A copy of {@code mapper} that stores texts in both languages; the copy's other settings are the mapper's. */
    public static ObjectMapper storing(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("stored-text");
        module.addSerializer(Text.class, new Writer());
        module.addDeserializer(Text.class, new Reader());
        return mapper.copy().registerModule(module);
    }

    private static final class Writer extends JsonSerializer<Text> {

        @Override
        public void serialize(Text text, JsonGenerator json, SerializerProvider serializers) throws IOException {
            json.writeStartObject();
            json.writeStringField("english", text.english());
            json.writeStringField("vietnamese", text.vietnamese());
            json.writeEndObject();
        }
    }

    private static final class Reader extends JsonDeserializer<Text> {

        @Override
        public Text deserialize(JsonParser json, DeserializationContext context) throws IOException {
            if (json.currentToken() == JsonToken.VALUE_STRING) {
                return Text.verbatim(json.getText());
            }
            JsonNode stored = json.readValueAsTree();
            if (!stored.path("english").isTextual() || !stored.path("vietnamese").isTextual()) {
                return context.reportInputMismatch(Text.class, "a stored text is {english, vietnamese}");
            }
            return Text.of(stored.get("english").asText(), stored.get("vietnamese").asText());
        }
    }
}
