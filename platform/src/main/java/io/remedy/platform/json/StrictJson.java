package io.remedy.platform.json;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.time.LocalTime;

/**
 * Reads JSON strictly, in every service alike: one document per body (no trailing tokens), no duplicate keys, no
 * coercion between scalar kinds ({@code 1.5} is not an integer, {@code "12"} is not a number, {@code 12} is not a
 * text, {@code 0} is not an enum constant), dates and instants only as ISO-8601 strings inside a sane window of
 * years, and no text with a control character or an unpaired surrogate. Every refusal surfaces as a Jackson
 * mapping error that the problem mappers turn into a 400 naming the field.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    private final JsonConfig config;

    public StrictJson(JsonConfig config) {
        this.config = config;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);

        int earliest = config.earliestYear();
        int latest = config.latestYear();
        SimpleModule module = new SimpleModule("remedy-strict-json");
        module.addDeserializer(String.class, new SafeStringDeserializer());
        module.addKeyDeserializer(String.class, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctxt) throws java.io.IOException {
                return SafeStringDeserializer.checked(ctxt.getParser(), key);
            }
        });
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig deserializationConfig,
                                                          BeanDescription description, JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                if (WindowedTime.DATED.contains(type)) {
                    return new WindowedTime(deserializer, earliest, latest);
                }
                if (type == LocalTime.class) {
                    return new WindowedTime(deserializer, Integer.MIN_VALUE, Integer.MAX_VALUE);
                }
                return deserializer;
            }
        });
        mapper.registerModule(module);
    }
}
