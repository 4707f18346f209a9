package smart.cdc.connect;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
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

    /**
     * Validates a list of dotted names of `parts` parts (`shape`, e.g. schema.table.column): at least
     * one, each with exactly that many non-empty parts and no whitespace.
     */
    static ConfigDef.Validator dottedNames(int parts, String shape, String what) {
        Pattern valid = Pattern.compile("[^.\\s]+(\\.[^.\\s]+){" + (parts - 1) + "}");
        return (name, value) -> {
            @SuppressWarnings("unchecked")
            List<String> list = (List<String>) value;
            if (list == null || list.isEmpty()) throw new ConfigException(name + ": lists no " + what);
            for (String n : list)
                if (!valid.matcher(n).matches()) throw new ConfigException(name + ": '" + n + "' is not " + shape);
        };
    }

    /** {@code schema.table} of a change event (its {@code source} block), or null when it is not a Debezium envelope. */
    static String tableOf(Struct value) {
        Field sourceField = value.schema().field("source");
        if (sourceField == null || sourceField.schema().type() != Schema.Type.STRUCT) return null;
        Struct source = value.getStruct("source");
        if (source == null || source.schema().field("schema") == null || source.schema().field("table") == null) return null;
        return source.getString("schema") + "." + source.getString("table");
    }

    /** A copy with the same schema; a NULL stays NULL (Struct.get would hand back the field's schema default instead). */
    static Struct copy(Struct s) {
        Struct out = new Struct(s.schema());
        for (Field f : s.schema().fields()) out.put(f, s.getWithoutDefault(f.name()));
        return out;
    }

    /**
     * The schema without default values, at every depth (the same object when it has none). Debezium
     * gives a column's default to its field (1970-01-01 for {@code DEFAULT now()}), and Kafka's
     * Struct.get, ReplaceField and JsonConverter put that default in place of a NULL.
     */
    static Schema withoutDefaults(Schema s) {
        if (s.type() != Schema.Type.STRUCT) {
            if (s.defaultValue() == null) return s;
            return basics(new SchemaBuilder(s.type()), s).build();
        }
        SchemaBuilder b = basics(SchemaBuilder.struct(), s);
        boolean changed = s.defaultValue() != null;
        for (Field f : s.fields()) {
            Schema fs = withoutDefaults(f.schema());
            changed |= fs != f.schema();
            b.field(f.name(), fs);
        }
        return changed ? b.build() : s;
    }

    private static SchemaBuilder basics(SchemaBuilder b, Schema s) {
        b.name(s.name()).version(s.version()).doc(s.doc());
        if (s.parameters() != null) b.parameters(s.parameters());
        if (s.isOptional()) b.optional();
        return b;
    }

    /** The envelope's fields that hold the row, before and after the change. */
    private static final Set<String> ROWS = Set.of("before", "after");

    /**
     * The envelope's schema with its rows' columns without default values (the same object when they
     * have none). The source block keeps Debezium's schema: nothing downstream reads its defaults.
     */
    static Schema rowsWithoutDefaults(Schema envelope) {
        SchemaBuilder b = basics(SchemaBuilder.struct(), envelope);
        boolean changed = false;
        for (Field f : envelope.fields()) {
            Schema fs = ROWS.contains(f.name()) ? withoutDefaults(f.schema()) : f.schema();
            changed |= fs != f.schema();
            b.field(f.name(), fs);
        }
        return changed ? b.build() : envelope;
    }

    /**
     * Whether a row of the change holds a NULL in a column whose schema has a default: the only values
     * that Struct.get, ReplaceField or JsonConverter would hand on as something else.
     */
    static boolean rowsHoldNullOnDefault(Struct envelope) {
        for (String row : ROWS) {
            Field f = envelope.schema().field(row);
            if (f != null && envelope.getWithoutDefault(row) instanceof Struct s && holdsNullOnDefault(s)) return true;
        }
        return false;
    }

    private static boolean holdsNullOnDefault(Struct row) {
        for (Field f : row.schema().fields()) {
            Schema fs = f.schema();
            if (fs.defaultValue() == null && fs.type() != Schema.Type.STRUCT) continue;
            Object v = row.getWithoutDefault(f.name());
            if (v == null ? fs.defaultValue() != null : v instanceof Struct inner && holdsNullOnDefault(inner)) return true;
        }
        return false;
    }

    /** `value` in `schema` (the same shape without defaults), NULLs kept. */
    static Struct rebuilt(Struct value, Schema schema) {
        if (value.schema() == schema) return value;
        Struct out = new Struct(schema);
        for (Field f : schema.fields()) {
            Object v = value.getWithoutDefault(f.name());
            out.put(f, v instanceof Struct s ? rebuilt(s, f.schema()) : v);
        }
        return out;
    }
}
