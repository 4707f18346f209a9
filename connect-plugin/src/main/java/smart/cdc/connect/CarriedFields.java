package smart.cdc.connect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * The columns a flow carries, each with the Connect type its records must have once transformed:
 * {@code source>target:TYPE}, comma-separated (derived from the catalogue by the stack). A record
 * that lacks one, or has it with another type, comes from a source whose carried column was
 * renamed, dropped or retyped: writing it would put NULLs or stale values into the target.
 * Except a column the source did not carry yet when it wrote the record (a deploy has just added it
 * to the flow): the source names what it carries in the {@value #HEADER} header, and such a record
 * is written without the column, as it would have been before.
 */
final class CarriedFields {

    /** Written by each source connector: the columns it carries for the record's table (comma-separated). */
    static final String HEADER = "smart.cdc.carried";

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
        Set<String> sourceCarried = sourceCarried(r);
        for (Carried c : fields) {
            Field f = r.valueSchema().field(c.target());
            if (f == null && sourceCarried != null && !sourceCarried.contains(c.source())) {
                continue; // not carried by the source yet when it wrote this record
            }
            if (f == null) {
                problems.add("column " + sourceTable + "." + c.source() + " is missing (renamed or dropped at the source?)");
            }
            else if (f.schema().type() != c.type() && !exactDecimalForDigits(f.schema(), c.type())) {
                problems.add("column " + sourceTable + "." + c.source() + " arrives as " + f.schema().type() + ", the flow carries " + c.type() + " (retyped at the source?)");
            }
        }
        return problems.isEmpty() ? null : "schema drift: " + String.join("; ", problems);
    }

    /**
     * A numeric written before the sources sent numerics as their digits (STRING) arrives as Kafka's exact
     * Decimal (BYTES): still exact, so records in flight across that upgrade are written, not parked.
     */
    static boolean exactDecimalForDigits(Schema actual, Schema.Type carried) {
        return carried == Schema.Type.STRING && actual.type() == Schema.Type.BYTES && "org.apache.kafka.connect.data.Decimal".equals(actual.name());
    }

    /** The columns the source carried for this record's table, or null when it does not say (older records). */
    static Set<String> sourceCarried(SinkRecord r) {
        Header h = r.headers() == null ? null : r.headers().lastWithName(HEADER);
        if (h == null || h.value() == null) {
            return null;
        }
        Set<String> out = new HashSet<>();
        // the header converter may hand a comma-separated string over as a list
        Iterable<?> parts = h.value() instanceof List<?> l ? l : List.of(String.valueOf(h.value()).split(","));
        for (Object p : parts) {
            String name = String.valueOf(p).trim();
            if (!name.isEmpty()) {
                out.add(name);
            }
        }
        return out;
    }
}
