package smart.cdc.connect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.header.Headers;

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
 * <li>values too large to travel: when the values of a change (before and after, as JSON text)
 * exceed {@value #MAX_VALUES_BYTES}, the largest are left out until the rest fits (Kafka refuses a
 * record over the producer's {@code max.request.size}, and the source would stop at it); a value left
 * out of the row after the change is flagged (its size, never the value).</li>
 * </ul>
 * A record with a NULL in a column that has a default leaves without default values in its schema,
 * so that the NULL is never read as the column's default further on (Struct.get, ReplaceField and
 * JsonConverter all substitute it); other records keep Debezium's schema (no value of theirs can be
 * substituted, and rebuilding every record cost a validated copy of every value).
 * Only the row after the change is judged (the sink writes nothing else). A flagged record keeps
 * its values and gets the {@value #HEADER} header: the column and the kind of value, never the value.
 */
public class ExactValues<R extends ConnectRecord<R>> extends ProjectTransform<R> {

    public static final String NUMERIC_COLUMNS = "numeric.columns";
    public static final String MAX_VALUES_BYTES = "max.values.bytes";
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
                    "numeric columns (schema.table.column) that travel as strings: their ±Infinity is spelt as PostgreSQL spells it")
            .define(MAX_VALUES_BYTES, ConfigDef.Type.LONG, 0L, ConfigDef.Range.atLeast(0), ConfigDef.Importance.MEDIUM,
                    "most bytes the values of one change may take as JSON text (0: no bound); larger values are left out, and flagged in the row after the change");

    private long maxValuesBytes;
    /** envelope schema → the same with rows without defaults (Debezium reuses one schema object per table and version) */
    private final Map<Schema, Schema> plainSchemas = new java.util.IdentityHashMap<>();

    private Map<String, Set<String>> numericByTable;

    public ExactValues() {
        super(CONFIG_DEF);
    }

    @Override
    public void configure(Map<String, ?> props) {
        AbstractConfig config = new AbstractConfig(CONFIG_DEF, props, false);
        List<String> numeric = config.getList(NUMERIC_COLUMNS);
        for (String c : numeric)
            if (c.lastIndexOf('.') <= 0) throw new org.apache.kafka.common.config.ConfigException(NUMERIC_COLUMNS + ": '" + c + "' is not schema.table.column");
        numericByTable = Envelopes.byTable(numeric);
        maxValuesBytes = config.getLong(MAX_VALUES_BYTES);
    }

    @Override
    public R apply(R record) {
        if (!(record.value() instanceof Struct original) || original.schema().field("after") == null) return record;
        Schema plain = plainSchemas.computeIfAbsent(original.schema(), Envelopes::rowsWithoutDefaults);
        if (plainSchemas.size() > 1024) plainSchemas.clear();
        // rebuilding costs a validated put per value: only a NULL on a default needs it
        Struct value = plain != original.schema() && Envelopes.rowsHoldNullOnDefault(original) ? Envelopes.rebuilt(original, plain) : original;
        if (value != original)
            record = record.newRecord(record.topic(), record.kafkaPartition(), record.keySchema(), record.key(), plain, value, record.timestamp(), record.headers());
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
        Struct rowAfter = fixed != null ? fixed : after;
        Struct rowBefore = before;
        if (maxValuesBytes > 0) {
            List<Sized> sized = new ArrayList<>();
            long total = sizes(rowAfter, true, sized) + (rowBefore == null ? 0 : sizes(rowBefore, false, sized));
            if (total > maxValuesBytes) {
                sized.sort((a, b) -> Long.compare(b.bytes, a.bytes));
                if (fixed == null) rowAfter = fixed = Envelopes.copy(after);
                if (rowBefore != null) rowBefore = Envelopes.copy(before);
                for (Sized x : sized) {
                    if (total <= maxValuesBytes) break;
                    Struct row = x.after ? rowAfter : rowBefore;
                    row.put(x.field, x.field.schema().isOptional() ? null : x.field.schema().type() == Schema.Type.STRING ? "" : new byte[0]);
                    total -= x.bytes;
                    if (x.after)
                        inexact.add("column " + (table == null ? "" : table + ".") + x.field.name() + ": a value of " + x.bytes
                                + " bytes as JSON, more than the " + maxValuesBytes + " bytes of values one change record carries (tuning.producer.maxRecordBytes)");
                }
            }
        }
        if (fixed == null && rowBefore == before && inexact.isEmpty()) return record;
        Struct newValue = value;
        if (fixed != null || rowBefore != before) {
            newValue = Envelopes.copy(value);
            newValue.put("after", rowAfter);
            if (rowBefore != before) newValue.put("before", rowBefore);
        }
        Headers headers = record.headers() == null ? new ConnectHeaders() : record.headers().duplicate();
        if (!inexact.isEmpty()) headers.addString(HEADER, String.join("; ", inexact));
        return record.newRecord(record.topic(), record.kafkaPartition(), record.keySchema(), record.key(), record.valueSchema(), newValue,
                record.timestamp(), headers);
    }

    private record Sized(Field field, boolean after, long bytes) {
    }

    /** JSON-text bytes of a row's text and binary values (each also listed in `out`). */
    private static long sizes(Struct row, boolean after, List<Sized> out) {
        long total = 0;
        for (Field f : row.schema().fields()) {
            Object v = row.get(f);
            long n = v instanceof String s ? jsonBytes(s) : v instanceof byte[] b ? (b.length + 2L) / 3 * 4 : v instanceof java.nio.ByteBuffer bb ? (bb.remaining() + 2L) / 3 * 4 : 0;
            if (n == 0) continue;
            out.add(new Sized(f, after, n));
            total += n;
        }
        return total;
    }

    /** Bytes of a string as a JSON string's content (UTF-8, escapes counted). */
    static long jsonBytes(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') n += 2;
            else if (c < 0x20) n += c == '\n' || c == '\t' || c == '\r' || c == '\b' || c == '\f' ? 2 : 6;
            else if (c < 0x80) n += 1;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else n += 3;
        }
        return n;
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
}
