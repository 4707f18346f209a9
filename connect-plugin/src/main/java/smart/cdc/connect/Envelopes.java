package smart.cdc.connect;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;

/** What the project's transforms share about Debezium change events and their column lists. */
final class Envelopes {

    private Envelopes() {
    }

    /** {@code schema.table.column} entries, grouped by {@code schema.table}. */
    static Map<String, Set<String>> byTable(List<String> columns) {
        Map<String, Set<String>> out = new HashMap<>();
        for (String c : columns) {
            int dot = c.lastIndexOf('.');
            out.computeIfAbsent(c.substring(0, dot), t -> new HashSet<>()).add(c.substring(dot + 1));
        }
        return out;
    }

    /** {@code schema.table} of a change event (its {@code source} block), or null when it is not a Debezium envelope. */
    static String tableOf(Struct value) {
        Field sourceField = value.schema().field("source");
        if (sourceField == null || sourceField.schema().type() != Schema.Type.STRUCT) return null;
        Struct source = value.getStruct("source");
        if (source == null || source.schema().field("schema") == null || source.schema().field("table") == null) return null;
        return source.getString("schema") + "." + source.getString("table");
    }

    static Struct copy(Struct s) {
        Struct out = new Struct(s.schema());
        for (Field f : s.schema().fields()) out.put(f, s.get(f));
        return out;
    }
}
