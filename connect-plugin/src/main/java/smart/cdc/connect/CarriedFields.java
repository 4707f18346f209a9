package smart.cdc.connect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * The columns a flow carries, each with the Connect type its records must have once transformed:
 * {@code source>target:TYPE}, comma-separated (derived from the catalogue by the stack). A record
 * that lacks one, or has it with another type, comes from a source whose carried column was
 * renamed, dropped or retyped: writing it would put NULLs or stale values into the target.
 */
final class CarriedFields {

    record Carried(String source, String target, Schema.Type type) {
    }

    private final String sourceTable;
    private final List<Carried> fields;

    private CarriedFields(String sourceTable, List<Carried> fields) {
        this.sourceTable = sourceTable;
        this.fields = fields;
    }

    static CarriedFields parse(String sourceTable, String spec) {
        List<Carried> out = new ArrayList<>();
        if (spec != null) {
            for (String part : spec.split(",")) {
                String p = part.trim();
                if (p.isEmpty()) {
                    continue;
                }
                int gt = p.indexOf('>');
                int colon = p.lastIndexOf(':');
                if (gt <= 0 || colon <= gt + 1 || colon == p.length() - 1) {
                    throw new IllegalArgumentException("carried field '" + p + "' is not source>target:TYPE");
                }
                Schema.Type type;
                try {
                    type = Schema.Type.valueOf(p.substring(colon + 1));
                }
                catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("carried field '" + p + "' has an unknown Connect type");
                }
                out.add(new Carried(p.substring(0, gt), p.substring(gt + 1, colon), type));
            }
        }
        return new CarriedFields(sourceTable == null ? "the source table" : sourceTable, Collections.unmodifiableList(out));
    }

    List<Carried> fields() {
        return fields;
    }

    /** Why a record cannot be written as it is (drift), or null. Tombstones carry no columns. */
    String drift(SinkRecord r) {
        if (fields.isEmpty() || r.value() == null || r.valueSchema() == null || r.valueSchema().type() != Schema.Type.STRUCT) {
            return null;
        }
        List<String> problems = new ArrayList<>();
        for (Carried c : fields) {
            Field f = r.valueSchema().field(c.target());
            if (f == null) {
                problems.add("column " + sourceTable + "." + c.source() + " is missing (renamed or dropped at the source?)");
            }
            else if (f.schema().type() != c.type()) {
                problems.add("column " + sourceTable + "." + c.source() + " arrives as " + f.schema().type() + ", the flow carries " + c.type() + " (retyped at the source?)");
            }
        }
        return problems.isEmpty() ? null : "schema drift: " + String.join("; ", problems);
    }
}
