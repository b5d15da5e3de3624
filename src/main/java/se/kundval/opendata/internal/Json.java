package se.kundval.opendata.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** An HSDS object being built: keeps the order fields are put in and leaves out empty values. */
final class Json {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    Json put(String name, Object value) {
        if (value == null
                || value instanceof String s && s.isBlank()
                || value instanceof Collection<?> c && c.isEmpty()
                || value instanceof Map<?, ?> m && m.isEmpty()) {
            return this;
        }
        fields.put(name, value instanceof Json j ? j.map() : value);
        return this;
    }

    Map<String, Object> map() {
        return fields;
    }
}
