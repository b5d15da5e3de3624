package se.kundval.referencedata;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import se.kundval.shared.LocalizedText;

/**
 * The content hash of one parsed providers-data row: SHA-256 of a canonical text of the row (its
 * record components by name, sets and maps sorted, numbers without trailing zeros), so the same
 * file content always gives the same hash, whatever the order of a set in memory.
 */
final class RowHash {

    private RowHash() {}

    static String of(Object row) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(canonical(row).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String canonical(Object value) {
        if (value == null) {
            return "~";
        }
        if (value instanceof Record record) {
            StringBuilder out = new StringBuilder(record.getClass().getSimpleName()).append('(');
            for (var component : record.getClass().getRecordComponents()) {
                try {
                    out.append(component.getName())
                            .append('=')
                            .append(canonical(component.getAccessor().invoke(record)))
                            .append(';');
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return out.append(')').toString();
        }
        if (value instanceof LocalizedText text) {
            return "T(" + quote(text.sv()) + "|" + (text.en() == null ? "~" : quote(text.en())) + ")";
        }
        if (value instanceof Set<?> set) {
            return set.stream().map(RowHash::canonical).sorted().collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(e -> canonical(e.getKey()) + ":" + canonical(e.getValue()))
                    .sorted()
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(RowHash::canonical).collect(Collectors.joining(",", "[", "]"));
        }
        if (value instanceof Collection<?>) {
            throw new IllegalArgumentException("no canonical order for " + value.getClass());
        }
        if (value instanceof BigDecimal number) {
            return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return quote(value.toString());
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
