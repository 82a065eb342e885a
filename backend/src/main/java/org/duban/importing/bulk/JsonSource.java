package org.duban.importing.bulk;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** A JSON array of flat objects (or {"rows": [...]}), read token by token. */
public final class JsonSource implements RowSource {
    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public void read(Path file, Handler handler) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = FACTORY.createParser(in)) {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_OBJECT) {
                if (parser.nextToken() != JsonToken.FIELD_NAME || !"rows".equals(parser.currentName())
                        || parser.nextToken() != JsonToken.START_ARRAY) {
                    throw new Unreadable("the JSON must be an array of rows, or an object whose only field \"rows\" is one");
                }
            } else if (token != JsonToken.START_ARRAY) {
                throw new Unreadable("the JSON must be an array of rows");
            }
            boolean headersGiven = false;
            int number = 0;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                number++;
                if (token != JsonToken.START_OBJECT) {
                    throw new Unreadable("row " + number + " is not an object");
                }
                Map<String, String> cells = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                        throw new Unreadable("row " + number + ": field " + name + " must be a plain value");
                    }
                    String text = RowSource.clean(value == JsonToken.VALUE_NULL ? null : parser.getText());
                    if (text != null) {
                        cells.put(name, text);
                    }
                }
                if (!headersGiven) {
                    handler.headers(new ArrayList<>(cells.keySet()));
                    headersGiven = true;
                }
                handler.row(number, cells);
            }
            if (!headersGiven) {
                handler.headers(new ArrayList<>());
            }
        } catch (JsonProcessingException e) {
            // a syntax error, or a document beyond the parser's limits (nesting, number or name length)
            throw new Unreadable("not valid JSON: " + e.getOriginalMessage());
        } catch (CharConversionException e) {
            // the parser guessed UTF-16 or UTF-32 from the first bytes and met a character those cannot hold
            throw new Unreadable("not valid JSON: the file is not UTF-8, UTF-16 or UTF-32 text");
        }
    }
}
