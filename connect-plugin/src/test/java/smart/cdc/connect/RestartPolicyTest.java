package smart.cdc.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class RestartPolicyTest {
    private static final String TRACE = "org.apache.kafka.connect.errors.ConnectException: boom\n\tat x\nCaused by: org.postgresql.util.PSQLException: Connection to 127.0.0.1:54321 refused.\n\tat y";

    private static RestartPolicy.Observation failed() {
        return new RestartPolicy.Observation("src", "RUNNING", null, List.of(new RestartPolicy.Task(0, "FAILED", TRACE)));
    }

    private static RestartPolicy.Observation running() {
        return new RestartPolicy.Observation("src", "RUNNING", null, List.of(new RestartPolicy.Task(0, "RUNNING", null)));
    }

    @Test
    void restartsAfterADoublingDelayCappedAtTheMaximum() {
        RestartPolicy p = new RestartPolicy(2_000, 5_000, 60_000);
        assertTrue(p.observe(List.of(failed()), 0).isEmpty());
        assertTrue(p.observe(List.of(failed()), 1_999).isEmpty());
        List<RestartPolicy.Decision> d = p.observe(List.of(failed()), 2_000);
        assertEquals(1, d.size());
        assertEquals(List.of(0), d.get(0).failedTasks());
        assertEquals(1, d.get(0).attempt());
        assertEquals("org.postgresql.util.PSQLException: Connection to 127.0.0.1:54321 refused.", d.get(0).cause());
        // failed again: 4 s, then capped at 5 s
        assertTrue(p.observe(List.of(failed()), 3_000).isEmpty());
        assertEquals(2, p.observe(List.of(failed()), 7_000).get(0).attempt());
        assertTrue(p.observe(List.of(failed()), 8_000).isEmpty());
        assertTrue(p.observe(List.of(failed()), 12_999).isEmpty());
        assertEquals(3, p.observe(List.of(failed()), 13_000).get(0).attempt());
    }

    @Test
    void theCountStartsAgainAfterAHealthyPeriod() {
        RestartPolicy p = new RestartPolicy(1_000, 60_000, 10_000);
        p.observe(List.of(failed()), 0);
        assertEquals(1, p.observe(List.of(failed()), 1_000).get(0).attempt());
        p.observe(List.of(running()), 2_000);
        p.observe(List.of(running()), 12_000);
        p.observe(List.of(failed()), 13_000);
        assertEquals(1, p.observe(List.of(failed()), 14_000).get(0).attempt());
    }

    @Test
    void pausedOrStoppedConnectorsAreLeftAlone() {
        RestartPolicy p = new RestartPolicy(1, 1, 1);
        assertTrue(p.observe(List.of(new RestartPolicy.Observation("x", "STOPPED", null, List.of())), 0).isEmpty());
        assertTrue(p.observe(List.of(new RestartPolicy.Observation("x", "PAUSED", null, List.of(new RestartPolicy.Task(0, "PAUSED", null)))), 10).isEmpty());
        RestartPolicy.Observation failedConnector = new RestartPolicy.Observation("x", "FAILED", "e: down", List.of());
        assertTrue(p.observe(List.of(failedConnector), 20).isEmpty());
        assertTrue(p.observe(List.of(failedConnector), 21).get(0).connectorFailed());
    }

    @Test
    void rootCausesLeaveRowValuesOut() {
        assertEquals("org.postgresql.util.PSQLException: ERROR: new row violates check constraint \"c\"",
                Traces.rootCause("a\nCaused by: org.postgresql.util.PSQLException: ERROR: new row violates check constraint \"c\"  Detail: Failing row contains (secret)."));
        assertEquals("java.sql.BatchUpdateException:", Traces.rootCause("x\nCaused by: java.sql.BatchUpdateException: Batch entry 0 INSERT INTO t VALUES ('secret')"));
        assertEquals("", Traces.rootCause(null));
    }
}
