package smart.cdc.connect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;

/**
 * The shape of a change event's key and row, as one short text: {@code key|row}, each a
 * comma-separated list of {@code name:TYPE[:logical name][?]} ({@code ?}: optional). The sources
 * write records without inline schemas, so this header ({@value #HEADER}, written by
 * {@link CarriedSchema}) is what tells a sink which columns a record's source really had, and with
 * which types: the sink reads the values with the schema the catalogue gives it, and compares.
 */
record SchemaSignature(Map<String, Column> key, Map<String, Column> row) {

    static final String HEADER = "smart.cdc.schema";

    /** One column: its Connect type, its logical name (or null), whether it may be NULL. */
    record Column(Schema.Type type, String logical, boolean optional) {
        @Override
        public String toString() {
            return type + (logical == null ? "" : ":" + logical) + (optional ? "?" : "");
        }
    }

    /** The signature of a key schema and a row schema (either may be null: no fields). */
    static String render(Schema key, Schema row) {
        return fields(key) + "|" + fields(row);
    }

    private static String fields(Schema s) {
        if (s == null || s.type() != Schema.Type.STRUCT) return "";
        List<String> out = new ArrayList<>(s.fields().size());
        for (Field f : s.fields()) {
            Schema fs = f.schema();
            out.add(f.name() + ":" + new Column(fs.type(), fs.name(), fs.isOptional()));
        }
        return String.join(",", out);
    }

    /** Parses a rendered signature; null when the text is not one. */
    static SchemaSignature parse(String text) {
        if (text == null) return null;
        int bar = text.indexOf('|');
        if (bar < 0) return null;
        Map<String, Column> key = columns(text.substring(0, bar));
        Map<String, Column> row = columns(text.substring(bar + 1));
        return key == null || row == null ? null : new SchemaSignature(key, row);
    }

    private static Map<String, Column> columns(String list) {
        Map<String, Column> out = new LinkedHashMap<>();
        if (list.isEmpty()) return out;
        for (String part : list.split(",")) {
            String[] p = part.split(":", 3);
            if (p.length < 2 || p[0].isEmpty()) return null;
            String last = p[p.length - 1];
            boolean optional = last.endsWith("?");
            if (optional) p[p.length - 1] = last.substring(0, last.length() - 1);
            Schema.Type type;
            try {
                type = Schema.Type.valueOf(p[1]);
            }
            catch (IllegalArgumentException e) {
                return null;
            }
            out.put(p[0], new Column(type, p.length == 3 && !p[2].isEmpty() ? p[2] : null, optional));
        }
        return Collections.unmodifiableMap(out);
    }
}
