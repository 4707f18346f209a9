package smart.cdc.connect;

import java.io.EOFException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Why a write to the target failed, judged from the exception chain, and described without any
 * value of the row: only the SQLSTATE, its condition name and the object names PostgreSQL reports
 * as separate fields (schema, table, column, constraint, type). Row values stay in the
 * dead-letter topic and nowhere else.
 */
final class SinkFailure {

    enum Kind {
        /** the target cannot be reached or is busy: retry the same records later, never fail */
        TRANSIENT,
        /** the target refuses this row (constraint, type, value, missing referenced row): park it */
        DATA,
        /** the flow itself is broken (schema, privileges, configuration): fail the task with the cause */
        FATAL
    }

    /** Condition names of the SQLSTATEs worth naming (PostgreSQL Appendix A). */
    private static final Map<String, String> CONDITIONS = Map.ofEntries(
            Map.entry("08000", "connection_exception"),
            Map.entry("08001", "sqlclient_unable_to_establish_sqlconnection"),
            Map.entry("08003", "connection_does_not_exist"),
            Map.entry("08004", "sqlserver_rejected_establishment_of_sqlconnection"),
            Map.entry("08006", "connection_failure"),
            Map.entry("22001", "string_data_right_truncation"),
            Map.entry("22003", "numeric_value_out_of_range"),
            Map.entry("22007", "invalid_datetime_format"),
            Map.entry("22008", "datetime_field_overflow"),
            Map.entry("22021", "character_not_in_repertoire"),
            Map.entry("22023", "invalid_parameter_value"),
            Map.entry("22P02", "invalid_text_representation"),
            Map.entry("23502", "not_null_violation"),
            Map.entry("23503", "foreign_key_violation"),
            Map.entry("23505", "unique_violation"),
            Map.entry("23514", "check_violation"),
            Map.entry("23P01", "exclusion_violation"),
            Map.entry("28000", "invalid_authorization_specification"),
            Map.entry("28P01", "invalid_password"),
            Map.entry("3D000", "invalid_catalog_name"),
            Map.entry("40001", "serialization_failure"),
            Map.entry("40P01", "deadlock_detected"),
            Map.entry("42501", "insufficient_privilege"),
            Map.entry("42703", "undefined_column"),
            Map.entry("42804", "datatype_mismatch"),
            Map.entry("42P01", "undefined_table"),
            Map.entry("53300", "too_many_connections"),
            Map.entry("55P03", "lock_not_available"),
            Map.entry("57014", "query_canceled"),
            Map.entry("57P01", "admin_shutdown"),
            Map.entry("57P02", "crash_shutdown"),
            Map.entry("57P03", "cannot_connect_now"),
            Map.entry("P0001", "raise_exception"));

    /**
     * SQLSTATE classes whose primary message names objects only (never a row value), so it may
     * be shown: connection, authorization, catalog, syntax/access rule, resources, operator, system.
     */
    private static final Set<String> MESSAGE_SAFE_CLASSES = Set.of("08", "28", "3D", "42", "53", "57", "58");

    private final Kind kind;
    private final String sqlState;
    private final String description;

    private SinkFailure(Kind kind, String sqlState, String description) {
        this.kind = kind;
        this.sqlState = sqlState;
        this.description = description;
    }

    Kind kind() {
        return kind;
    }

    String sqlState() {
        return sqlState;
    }

    /** One line, without row values. */
    String describe() {
        return description;
    }

    static SinkFailure of(Throwable t) {
        String state = null;
        ServerErrorMessage server = null;
        boolean network = false;
        boolean dataConversion = false;
        boolean connectionAcquisition = false;
        String networkMessage = null;
        String sinkOwnMessage = null;
        Set<String> seen = new LinkedHashSet<>();
        int depth = 0;
        for (Throwable c = t; c != null && depth < 32; c = c.getCause(), depth++) {
            if (!seen.add(c.getClass().getName() + "@" + System.identityHashCode(c))) {
                break;
            }
            if (c instanceof SQLException && !(c instanceof PSQLException) && ((SQLException) c).getSQLState() == null && c.getMessage() != null
                    && c.getClass().getName().equals("java.sql.SQLException")) {
                sinkOwnMessage = c.getMessage();
            }
            if (c instanceof SQLException) {
                for (SQLException s = (SQLException) c; s != null; s = s.getNextException()) {
                    if (s instanceof PSQLException && ((PSQLException) s).getServerErrorMessage() != null) {
                        server = ((PSQLException) s).getServerErrorMessage();
                        state = server.getSQLState();
                    }
                    else if (s.getSQLState() != null && server == null) {
                        state = s.getSQLState();
                    }
                    if (s.getNextException() == s) {
                        break;
                    }
                }
            }
            String cls = c.getClass().getName();
            if (c instanceof java.net.ConnectException || c instanceof SocketTimeoutException || c instanceof SocketException || c instanceof EOFException) {
                network = true;
                networkMessage = c.getMessage();
            }
            // Hibernate cannot determine the dialect only when it could not read the JDBC metadata
            if (cls.endsWith(".JDBCConnectionException")
                    || (c.getMessage() != null && (c.getMessage().startsWith("Unable to acquire JDBC Connection") || c.getMessage().startsWith("Unable to determine Dialect")))) {
                connectionAcquisition = true;
            }
            // a value the sink cannot convert to the Java type it binds (e.g. time 24:00:00 as a LocalTime): that row, not the flow
            if (cls.equals("org.apache.kafka.connect.errors.DataException") || c instanceof java.time.DateTimeException || c instanceof ArithmeticException) {
                dataConversion = true;
            }
        }
        Kind kind = classify(state, network || connectionAcquisition, dataConversion);
        String description = describe(kind, state, server, network ? networkMessage : null, t);
        // the JDBC sink's own SQLExceptions (no SQLSTATE) name tables and fields only, e.g. "Cannot alter table
        // portal.eligibility because schema evolution is disabled" when the table lacks a carried column
        if (state == null && server == null && kind == Kind.FATAL && sinkOwnMessage != null) {
            description = SinkFailure.firstLine(sinkOwnMessage);
        }
        return new SinkFailure(kind, state, description);
    }

    static Kind classify(String state, boolean unreachable, boolean dataConversion) {
        if (state != null) {
            if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57") || state.startsWith("58")
                    || state.startsWith("40") || state.equals("55P03") || state.equals("55006")) {
                return Kind.TRANSIENT;
            }
            if (state.startsWith("22") || state.startsWith("23") || state.equals("P0001")) {
                return Kind.DATA;
            }
            return Kind.FATAL;
        }
        if (unreachable) {
            return Kind.TRANSIENT;
        }
        return dataConversion ? Kind.DATA : Kind.FATAL;
    }

    private static String describe(Kind kind, String state, ServerErrorMessage server, String networkMessage, Throwable t) {
        StringBuilder b = new StringBuilder();
        if (state != null) {
            b.append("SQLSTATE ").append(state);
            String name = CONDITIONS.get(state);
            if (name != null) {
                b.append(" (").append(name).append(')');
            }
        }
        if (server != null) {
            String table = qualified(server.getSchema(), server.getTable());
            if (table != null) {
                b.append(" on ").append(table);
            }
            if (server.getColumn() != null) {
                b.append(", column ").append(server.getColumn());
            }
            if (server.getConstraint() != null) {
                b.append(", constraint ").append(server.getConstraint());
            }
            if (server.getDatatype() != null) {
                b.append(", type ").append(server.getDatatype());
            }
            if (state != null && state.length() >= 2 && MESSAGE_SAFE_CLASSES.contains(state.substring(0, 2)) && server.getMessage() != null) {
                b.append(": ").append(firstLine(server.getMessage()));
            }
        }
        else if (state != null && state.length() >= 2 && MESSAGE_SAFE_CLASSES.contains(state.substring(0, 2))) {
            String m = deepestMessage(t);
            if (m != null) {
                b.append(": ").append(firstLine(m));
            }
        }
        if (b.length() == 0) {
            if (kind == Kind.TRANSIENT) {
                b.append("target database unreachable");
                if (networkMessage != null) {
                    b.append(": ").append(firstLine(networkMessage));
                }
            }
            else {
                // no SQLSTATE: name the exception types only, their messages may quote values
                b.append(deepestType(t));
            }
        }
        return b.toString();
    }

    private static String qualified(String schema, String table) {
        if (table == null) {
            return null;
        }
        return schema == null ? table : schema + "." + table;
    }

    private static String deepestMessage(Throwable t) {
        String m = null;
        int depth = 0;
        for (Throwable c = t; c != null && depth < 32; c = c.getCause(), depth++) {
            if (c.getMessage() != null) {
                m = c.getMessage();
            }
        }
        return m;
    }

    private static String deepestType(Throwable t) {
        Throwable last = t;
        int depth = 0;
        for (Throwable c = t; c != null && depth < 32; c = c.getCause(), depth++) {
            last = c;
        }
        return last == t ? t.getClass().getName() : t.getClass().getSimpleName() + " caused by " + last.getClass().getName();
    }

    static String firstLine(String s) {
        String line = s.split("\\R", 2)[0].trim();
        return line.length() > 300 ? line.substring(0, 299) + "…" : line;
    }
}
