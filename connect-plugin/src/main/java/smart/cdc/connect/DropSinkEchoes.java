package smart.cdc.connect;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;

/**
 * Loop prevention: drops the change events of a sink's own writes, so that a row replicated into a
 * table that a source also captures does not travel back. A trigger stamps {@value #ORIGIN_COLUMN}
 * of every row written; this transform reads it in the row after the change:
 * <ul>
 * <li>{@value #SINK_VALUE} (only sinks ever wrote the row): dropped, snapshot reads too;</li>
 * <li>{@value #SINK_OVER_APP_VALUE} (a sink wrote over a row the application made): dropped, but a
 * snapshot read ({@code op = r}: a snapshot, backfill or replay) passes, since the row holds this
 * side's fields whoever wrote it last;</li>
 * <li>anything else, and a delete (no row after the change): passes.</li>
 * </ul>
 * Only events of the listed tables ({@code schema.table}, from the event's {@code source} block) are
 * judged; tombstones, heartbeats and other tables pass untouched. A listed table whose row lacks the
 * column fails the task: without the stamp, echoes cannot be told from the application's writes.
 * Compiled instead of Debezium's scripting {@code Filter}: no JSR-223 engine on the worker, and no
 * script evaluated per record. It reads nothing but the origin column and passes records unchanged,
 * so it may run before the transforms that hash or rewrite values, sparing them the echoes.
 */
public class DropSinkEchoes<R extends ConnectRecord<R>> extends ProjectTransform<R> {

    public static final String TABLES = "tables";
    public static final String ORIGIN_COLUMN = "origin.column";
    public static final String SINK_VALUE = "sink.value";
    public static final String SINK_OVER_APP_VALUE = "sink.over.app.value";

    private static final ConfigDef.Validator NOT_BLANK = (name, value) -> {
        if (value == null || value.toString().isBlank()) throw new ConfigException(name + " is empty");
    };

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(TABLES, ConfigDef.Type.LIST, ConfigDef.NO_DEFAULT_VALUE, Envelopes.dottedNames(2, "schema.table", "table"), ConfigDef.Importance.HIGH,
                    "The tables (schema.table) that a sink writes and this source captures")
            .define(ORIGIN_COLUMN, ConfigDef.Type.STRING, ConfigDef.NO_DEFAULT_VALUE, NOT_BLANK, ConfigDef.Importance.HIGH,
                    "The column the origin trigger stamps")
            .define(SINK_VALUE, ConfigDef.Type.STRING, ConfigDef.NO_DEFAULT_VALUE, NOT_BLANK, ConfigDef.Importance.HIGH,
                    "Origin of a row only sinks ever wrote: always dropped")
            .define(SINK_OVER_APP_VALUE, ConfigDef.Type.STRING, ConfigDef.NO_DEFAULT_VALUE, NOT_BLANK, ConfigDef.Importance.HIGH,
                    "Origin of a sink's write over the application's row: dropped except in snapshot reads");

    private Set<String> tables;
    private String column;
    private String sinkValue;
    private String sinkOverAppValue;

    public DropSinkEchoes() {
        super(CONFIG_DEF);
    }

    @Override
    public void configure(Map<String, ?> props) {
        AbstractConfig config = new AbstractConfig(CONFIG_DEF, props, false);
        tables = new HashSet<>(config.getList(TABLES));
        column = config.getString(ORIGIN_COLUMN);
        sinkValue = config.getString(SINK_VALUE);
        sinkOverAppValue = config.getString(SINK_OVER_APP_VALUE);
        if (sinkValue.equals(sinkOverAppValue))
            throw new ConfigException(SINK_VALUE + " and " + SINK_OVER_APP_VALUE + " are both '" + sinkValue + "': they must differ");
    }

    @Override
    public R apply(R record) {
        if (!(record.value() instanceof Struct value)) return record;
        String table = Envelopes.tableOf(value);
        if (table == null || !tables.contains(table)) return record;
        Field afterField = value.schema().field("after");
        Struct after = afterField == null ? null : value.getStruct("after");
        if (after == null) return record;
        Field origin = after.schema().field(column);
        if (origin == null || origin.schema().type() != Schema.Type.STRING)
            throw new DataException("DropSinkEchoes: " + table + " (topic " + record.topic() + ") has no text column '" + column
                    + "': sink echoes cannot be told apart; the origin trigger's column is missing");
        String stamp = (String) after.getWithoutDefault(column);
        if (sinkValue.equals(stamp)) return null;
        if (sinkOverAppValue.equals(stamp) && !"r".equals(opOf(value))) return null;
        return record;
    }

    private static String opOf(Struct value) {
        Field op = value.schema().field("op");
        return op == null ? null : value.getString("op");
    }
}
