package smart.cdc.connect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;

/**
 * Replaces listed text columns of Debezium change events with a salted hash before the records
 * reach Kafka. The value is the one Debezium's {@code column.mask.hash.v2.<ALGORITHM>.with.salt.<salt>}
 * produces: lower-case hex of ALGORITHM(salt bytes, value bytes), both UTF-8. Debezium takes the salt
 * from a property <em>name</em>, where Connect's config providers do not reach, so the REST API,
 * the config topic and the logs would show it; here it is the value of {@code salt.password},
 * written as a config provider reference (e.g. {@code ${secrets:/dir:hash_salt}}) that the worker
 * resolves from its secret storage. The name ends in "password" so that Connect (PASSWORD type) and
 * Debezium (its task-configuration dump masks keys ending in "password") never log the resolved value.
 *
 * <p>Columns are {@code schema.table.column}; the table of an event is its {@code source.schema} and
 * {@code source.table}. The before and after images are hashed, and the key if it holds a listed
 * column. Records that are not Debezium envelopes (heartbeats, tombstones) pass unchanged. A listed
 * column that is not text fails the task rather than letting a value through unhashed.
 */
public class HashColumns<R extends ConnectRecord<R>> extends ProjectTransform<R> {

    public static final String COLUMNS = "columns";
    public static final String SALT = "salt.password";
    public static final String ALGORITHM = "algorithm";

    /** An unresolved reference: the worker has no provider by that name, or the secret file is missing. */
    private static final Pattern UNRESOLVED = Pattern.compile("^\\$\\{[^}]*\\}$");
    static final int MIN_SALT_LENGTH = 16;

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(COLUMNS, ConfigDef.Type.LIST, ConfigDef.NO_DEFAULT_VALUE, Envelopes.dottedNames(3, "schema.table.column", "column"), ConfigDef.Importance.HIGH,
                    "Columns to hash, as schema.table.column")
            .define(SALT, ConfigDef.Type.PASSWORD, ConfigDef.NO_DEFAULT_VALUE, new SaltValidator(), ConfigDef.Importance.HIGH,
                    "Salt of the hash: a config provider reference, resolved by the worker from its secret storage")
            .define(ALGORITHM, ConfigDef.Type.STRING, "SHA-256", new AlgorithmValidator(), ConfigDef.Importance.LOW,
                    "MessageDigest algorithm");

    /** columns to hash, by schema.table */
    private Map<String, Set<String>> columnsByTable;
    private byte[] salt;
    private MessageDigest digest;

    public HashColumns() {
        super(CONFIG_DEF);
    }

    @Override
    public void configure(Map<String, ?> props) {
        AbstractConfig config = new AbstractConfig(CONFIG_DEF, props, false);
        columnsByTable = Envelopes.byTable(config.getList(COLUMNS));
        salt = config.getPassword(SALT).value().getBytes(StandardCharsets.UTF_8);
        digest = newDigest(config.getString(ALGORITHM));
    }

    @Override
    public R apply(R record) {
        if (!(record.value() instanceof Struct value)) return record;
        Set<String> columns = columnsOf(value);
        if (columns == null) return record;
        Object key = record.key() instanceof Struct k ? hashed(k, columns) : record.key();
        Struct newValue = Envelopes.copy(value);
        for (String image : List.of("before", "after")) {
            if (value.schema().field(image) == null) continue;
            Struct row = value.getStruct(image);
            if (row != null) newValue.put(image, hashed(row, columns));
        }
        return record.newRecord(record.topic(), record.kafkaPartition(), record.keySchema(), key, record.valueSchema(), newValue,
                record.timestamp(), record.headers());
    }

    /** The columns to hash in this event's table, or null when none (or not a Debezium envelope). */
    private Set<String> columnsOf(Struct value) {
        String table = Envelopes.tableOf(value);
        return table == null ? null : columnsByTable.get(table);
    }

    private Struct hashed(Struct row, Set<String> columns) {
        Struct out = Envelopes.copy(row);
        for (String column : columns) {
            Field f = row.schema().field(column);
            if (f == null) continue;
            if (f.schema().type() != Schema.Type.STRING)
                throw new DataException("HashColumns: column '" + column + "' is " + f.schema().type() + ", only text columns can be hashed");
            String v = row.getString(column);
            // a value PostgreSQL did not send (unchanged, stored out of line) stays marked: ExactValues takes it from the old row
            out.put(column, v == null || ExactValues.UNCHANGED_TOAST.equals(v) ? v : hash(v));
        }
        return out;
    }

    String hash(String value) {
        digest.reset();
        digest.update(salt);
        byte[] h = digest.digest(value.getBytes(StandardCharsets.UTF_8));
        StringBuilder hex = new StringBuilder(h.length * 2);
        for (byte b : h) hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        return hex.toString();
    }

    private static MessageDigest newDigest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new ConfigException(ALGORITHM + ": unknown MessageDigest algorithm '" + algorithm + "'");
        }
    }

    @Override
    public void close() {
        salt = null;
    }

    /**
     * Fails the connector (at PUT, when Connect validates the resolved configuration, and at task
     * start) rather than hashing with a wrong salt. Messages never contain the value. (ConfigDef has
     * already trimmed it: a newline at the end of the secret file does not change the hash.)
     */
    static final class SaltValidator implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            String s = value == null ? "" : ((Password) value).value();
            if (s.isEmpty()) throw new ConfigException(name + " is empty");
            if (UNRESOLVED.matcher(s).matches())
                throw new ConfigException(name + " is an unresolved config provider reference: the worker has no such provider, or the secret is missing from its storage");
            if (s.length() < MIN_SALT_LENGTH) throw new ConfigException(name + " is shorter than " + MIN_SALT_LENGTH + " characters");
        }
    }

    static final class AlgorithmValidator implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            newDigest((String) value);
        }
    }
}
