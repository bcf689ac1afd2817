package io.remedy.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;

/** Reads a JSON string, and only a string (no number or boolean coerced to text), refusing unsafe characters. */
final class SafeStringDeserializer extends StdScalarDeserializer<String> {

    SafeStringDeserializer() {
        super(String.class);
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Textual;
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
        return checked(p, p.getText());
    }

    static String checked(JsonParser p, String text) throws UnsafeValueException {
        String problem = SafeText.problem(text);
        if (problem != null) {
            throw new UnsafeValueException(p, problem, String.class);
        }
        return text;
    }
}
