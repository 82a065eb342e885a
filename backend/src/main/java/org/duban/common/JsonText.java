package org.duban.common;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Text in request bodies may hold any character PostgreSQL can store — which is every one but NUL (U+0000): a JSON
 * string with {@code \u0000} is refused as the field's wrong value (400, naming the field) instead of failing at the
 * database.
 */
@Singleton
public class JsonText implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("duban-json-text").addDeserializer(String.class, new WithoutNul()));
    }

    static final class WithoutNul extends StdScalarDeserializer<String> {
        WithoutNul() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && text.indexOf('\0') >= 0) {
                throw InvalidFormatException.from(parser, "a text must not contain the NUL character (U+0000)",
                        "text with a NUL character (U+0000)", String.class);
            }
            return text;
        }
    }
}
