package smart.cdc.connect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.components.Versioned;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.header.Headers;
import org.apache.kafka.connect.transforms.Transformation;

/**
 * Source-side guard of exactness: a value that a JSON change record cannot carry as PostgreSQL
 * holds it is made exact where a spelling exists, and otherwise flagged, so that the parking sink
 * parks the row with the reason instead of writing it changed.
 * <ul>
 * <li>numeric ±Infinity: Debezium's {@code decimal.handling.mode=string} spells them
 * {@code POSITIVE_INFINITY} / {@code NEGATIVE_INFINITY} (Java's names); rewritten to PostgreSQL's
 * {@code Infinity} / {@code -Infinity} in the columns listed in {@value #NUMERIC_COLUMNS}.</li>
 * <li>real and double precision NaN, ±Infinity and -0: JSON has no NaN or Infinity (Kafka's
 * JsonConverter reads them back as 0) and -0 arrives as 0: flagged.</li>
 * <li>date and timestamp ±infinity, and a timestamp after 294247-01-10 (its microseconds since 1970
 * overflow a long): Debezium writes stand-ins outside PostgreSQL's own range: flagged.</li>
 * <li>a date before year 1 (BC): the JDBC sink would write the same day AD: flagged.</li>
 * <li>time 24:00:00 (PostgreSQL allows it, a Java LocalTime does not): flagged.</li>
 * <li>a value stored out of line (TOAST) that an UPDATE left unchanged: PostgreSQL does not send it,
 * Debezium writes {@value #UNCHANGED_TOAST} instead ({@code unavailable.value.placeholder}); taken
 * from the row before the change where the table's replica identity is FULL, flagged otherwise (a
 * replay re-reads the row).</li>
 * </ul>
 * Only the row after the change is judged (the sink writes nothing else). A flagged record keeps
 * its values and gets the {@value #HEADER} header: the column and the kind of value, never the value.
 */
public class ExactValues<R extends ConnectRecord<R>> implements Transformation<R>, Versioned {

    public static final String NUMERIC_COLUMNS = "numeric.columns";
    /** What the sources write (`unavailable.value.placeholder`) for a value PostgreSQL did not send. */
    public static final String UNCHANGED_TOAST = "__smart_cdc_unchanged_toast__";
    /** Read by the parking sink: why the record cannot be written exactly. */
    public static final String HEADER = "smart.cdc.inexact";

    /** PostgreSQL's first day (4713-11-24 BC, Julian day 0) and last (5874897-12-31), in days since 1970-01-01. */
    static final int PG_FIRST_DAY = -2440588;
    static final int PG_LAST_DAY = 2145042906;
    /** 0001-01-01, in days since 1970-01-01: an earlier (BC) date would be written as the same day AD */
    static final int FIRST_AD_DAY = -719162;
    static final long PG_FIRST_MICROS = PG_FIRST_DAY * 86_400_000_000L;
    /** Debezium's stand-in for timestamp 'infinity' (pgjdbc's DATE_POSITIVE_INFINITY read as microseconds); at or after it, nothing is exact. */
    static final long TIMESTAMP_INFINITY_MICROS = 9223372036825200000L;
    static final long DAY_MICROS = 86_400_000_000L;

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(NUMERIC_COLUMNS, ConfigDef.Type.LIST, List.of(), ConfigDef.Importance.MEDIUM,
                    "numeric columns (schema.table.column) that travel as strings: their ±Infinity is spelt as PostgreSQL spells it");

    private Map<String, Set<String>> numericByTable;

    @Override
    public void configure(Map<String, ?> props) {
        AbstractConfig config = new AbstractConfig(CONFIG_DEF, props, false);
        List<String> numeric = config.getList(NUMERIC_COLUMNS);
        for (String c : numeric)
            if (c.lastIndexOf('.') <= 0) throw new org.apache.kafka.common.config.ConfigException(NUMERIC_COLUMNS + ": '" + c + "' is not schema.table.column");
        numericByTable = Envelopes.byTable(numeric);
    }

    @Override
    public R apply(R record) {
        if (!(record.value() instanceof Struct value) || value.schema().field("after") == null) return record;
        Struct after = value.getStruct("after");
        if (after == null) return record;
        String table = Envelopes.tableOf(value);
        Set<String> numeric = table == null ? Set.of() : numericByTable.getOrDefault(table, Set.of());
        List<String> inexact = new ArrayList<>();
        Struct fixed = null;
        Struct before = value.schema().field("before") == null ? null : value.getStruct("before");
        for (Field f : after.schema().fields()) {
            Object v = after.get(f);
            if (v == null) continue;
            if (UNCHANGED_TOAST.equals(v)) {
                Object old = before == null || before.schema().field(f.name()) == null ? null : before.get(f.name());
                if (old != null && !UNCHANGED_TOAST.equals(old)) {
                    if (fixed == null) fixed = Envelopes.copy(after);
                    fixed.put(f, old);
                } else {
                    inexact.add("column " + (table == null ? "" : table + ".") + f.name()
                            + ": a value stored out of line that the UPDATE left unchanged, which PostgreSQL does not send (replica identity is not FULL); replay re-reads the row");
                }
                continue;
            }
            if (numeric.contains(f.name()) && v instanceof String s) {
                String pg = "POSITIVE_INFINITY".equals(s) ? "Infinity" : "NEGATIVE_INFINITY".equals(s) ? "-Infinity" : null;
                if (pg != null) {
                    if (fixed == null) fixed = Envelopes.copy(after);
                    fixed.put(f, pg);
                }
                continue;
            }
            String why = whyInexact(f.schema(), v);
            if (why != null) inexact.add("column " + (table == null ? "" : table + ".") + f.name() + ": " + why);
        }
        if (fixed == null && inexact.isEmpty()) return record;
        Struct newValue = value;
        if (fixed != null) {
            newValue = Envelopes.copy(value);
            newValue.put("after", fixed);
        }
        Headers headers = record.headers() == null ? new ConnectHeaders() : record.headers().duplicate();
        if (!inexact.isEmpty()) headers.addString(HEADER, String.join("; ", inexact));
        return record.newRecord(record.topic(), record.kafkaPartition(), record.keySchema(), record.key(), record.valueSchema(), newValue,
                record.timestamp(), headers);
    }

    /** Why this value cannot travel exactly, or null. Names the kind of value, never the value itself. */
    static String whyInexact(Schema schema, Object v) {
        String name = schema.name();
        if (v instanceof Double d) return floatWhy(d.isNaN(), d.isInfinite(), d == 0.0 && 1 / d < 0);
        if (v instanceof Float x) return floatWhy(x.isNaN(), x.isInfinite(), x == 0.0f && 1 / x < 0);
        if ("io.debezium.time.Date".equals(name) && v instanceof Integer days) {
            if (days < PG_FIRST_DAY || days > PG_LAST_DAY) return "date ±infinity (Debezium sends a stand-in day outside PostgreSQL's range)";
            if (days < FIRST_AD_DAY) return "date before year 1 (the JDBC sink would write it as the same day AD)";
        }
        if ("io.debezium.time.MicroTimestamp".equals(name) && v instanceof Long micros && (micros < PG_FIRST_MICROS || micros >= TIMESTAMP_INFINITY_MICROS))
            return "timestamp ±infinity or after 294247-01-10 (beyond the microseconds since 1970 a long can hold)";
        if ("io.debezium.time.MicroTime".equals(name) && v instanceof Long micros && micros >= DAY_MICROS)
            return "time 24:00:00 (no Java time of day is 24:00)";
        return null;
    }

    private static String floatWhy(boolean nan, boolean infinite, boolean negativeZero) {
        if (nan) return "NaN (JSON has no NaN: it would be written as 0)";
        if (infinite) return "±Infinity (JSON has no Infinity: it would be written as 0)";
        if (negativeZero) return "-0 (it would be written as 0)";
        return null;
    }

    @Override
    public ConfigDef config() {
        return CONFIG_DEF;
    }

    @Override
    public void close() {
    }

    @Override
    public String version() {
        return Version.get();
    }
}
