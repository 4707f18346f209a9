package smart.cdc.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.postgresql.util.ServerErrorMessage;

class SinkFailureTest {

    /** A server error as PostgreSQL sends it: fields separated by NUL, each led by its code. */
    private static PSQLException server(String state, String message, String schema, String table, String column, String constraint, String detail) {
        StringBuilder b = new StringBuilder("SERROR\0VERROR\0C").append(state).append("\0M").append(message).append('\0');
        if (detail != null) b.append('D').append(detail).append('\0');
        if (schema != null) b.append('s').append(schema).append('\0');
        if (table != null) b.append('t').append(table).append('\0');
        if (column != null) b.append('c').append(column).append('\0');
        if (constraint != null) b.append('n').append(constraint).append('\0');
        return new PSQLException(new ServerErrorMessage(b.toString()));
    }

    /** How pgjdbc and Hibernate wrap a failed batch: the server error is the batch's next exception. */
    private static RuntimeException wrappedBatch(PSQLException cause) {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 INSERT INTO x VALUES ('secret-value') was aborted", cause.getSQLState(), new int[0]);
        batch.setNextException(cause);
        return new RuntimeException("Failed to flush records for table 'portal.eligibility'", new RuntimeException("could not execute batch", batch));
    }

    @Test
    void aCheckViolationIsDataAndDescribedWithoutValues() {
        SinkFailure f = SinkFailure.of(wrappedBatch(server("23514", "new row for relation \"eligibility\" violates check constraint \"score_max\"", "portal", "eligibility", null, "score_max",
                "Failing row contains (0.95, secret-value).")));
        assertEquals(SinkFailure.Kind.DATA, f.kind());
        assertEquals("SQLSTATE 23514 (check_violation) on portal.eligibility, constraint score_max", f.describe());
        assertFalse(f.describe().contains("secret"));
    }

    @Test
    void aValueInTheServerMessageOfADataErrorIsNotShown() {
        SinkFailure f = SinkFailure.of(server("22P02", "invalid input syntax for type integer: \"secret-value\"", null, null, null, null, null));
        assertEquals(SinkFailure.Kind.DATA, f.kind());
        assertEquals("SQLSTATE 22P02 (invalid_text_representation)", f.describe());
    }

    @Test
    void aMissingTargetColumnIsFatalAndNamed() {
        SinkFailure f = SinkFailure.of(wrappedBatch(server("42703", "column \"reason_code\" of relation \"recommendation\" does not exist", null, null, null, null, null)));
        assertEquals(SinkFailure.Kind.FATAL, f.kind());
        assertEquals("SQLSTATE 42703 (undefined_column): column \"reason_code\" of relation \"recommendation\" does not exist", f.describe());
    }

    @Test
    void aRefusedOrLostConnectionIsTransient() {
        PSQLException refused = new PSQLException("Connection to 127.0.0.1:54322 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT, new ConnectException("Connection refused"));
        SinkFailure f = SinkFailure.of(new RuntimeException("Unable to acquire JDBC Connection", refused));
        assertEquals(SinkFailure.Kind.TRANSIENT, f.kind());
        assertTrue(f.describe().startsWith("SQLSTATE 08001"), f.describe());
        assertEquals(SinkFailure.Kind.TRANSIENT, SinkFailure.of(server("57P01", "terminating connection due to administrator command", null, null, null, null, null)).kind());
        assertEquals(SinkFailure.Kind.TRANSIENT, SinkFailure.of(new RuntimeException("x", new java.net.SocketException("Connection reset"))).kind());
        // Hibernate, when the database did not answer while it started, fails on the dialect
        assertEquals(SinkFailure.Kind.TRANSIENT, SinkFailure.of(new RuntimeException("Unable to create requested service",
                new IllegalStateException("Unable to determine Dialect without JDBC metadata (please set 'jakarta.persistence.jdbc.url' for common cases)"))).kind());
    }

    @Test
    void withoutAStateOnlyTypesAreNamed() {
        SinkFailure f = SinkFailure.of(new IllegalStateException("value secret-value is odd", new IllegalArgumentException("secret-value")));
        assertEquals(SinkFailure.Kind.FATAL, f.kind());
        assertFalse(f.describe().contains("secret"));
        assertEquals(SinkFailure.Kind.DATA, SinkFailure.of(new org.apache.kafka.connect.errors.DataException("bad")).kind());
        // a value the JDBC sink cannot bind as a Java time (PostgreSQL's time 24:00:00): park that row, never quote the value
        SinkFailure time = SinkFailure.of(new RuntimeException("Failed to flush records",
                new java.time.DateTimeException("Invalid value for NanoOfDay (valid values 0 - 86399999999999): 86400000000000")));
        assertEquals(SinkFailure.Kind.DATA, time.kind());
        assertFalse(time.describe().contains("86400000000000"));
        assertEquals(SinkFailure.Kind.FATAL, SinkFailure.of(new SQLException("x", "XX000")).kind());
        // the JDBC sink's own exception when the target table lacks a carried column: tables only, shown
        SinkFailure lacking = SinkFailure.of(new RuntimeException("Error while checking and applying table changes for collection 'portal.eligibility'",
                new SQLException("Cannot alter table portal.eligibility because schema evolution is disabled")));
        assertEquals(SinkFailure.Kind.FATAL, lacking.kind());
        assertEquals("Cannot alter table portal.eligibility because schema evolution is disabled", lacking.describe());
    }
}
