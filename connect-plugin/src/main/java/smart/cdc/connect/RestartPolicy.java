package smart.cdc.connect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When to restart a FAILED connector or task, in the manner of Strimzi's auto-restart: the first
 * restart after {@code initial}, each next one after twice the previous delay, capped at
 * {@code max}; the count resets once the connector has run healthy for {@code resetAfter}. Pure:
 * it only reads what it is shown and the clock it is given.
 */
final class RestartPolicy {

    record Task(int id, String state, String trace) {
    }

    record Observation(String connector, String state, String trace, List<Task> tasks) {
    }

    /** Restart {@code connector} (its failed tasks, and itself if it failed): attempt n, after delayMs. */
    record Decision(String connector, boolean connectorFailed, List<Integer> failedTasks, int attempt, long delayMs, String cause) {
    }

    private static final class Track {
        int attempts;
        long failingSince = -1;
        long notBefore;
        long healthySince = -1;
    }

    private final Backoff delays;
    private final long resetAfterMs;
    private final Map<String, Track> tracks = new HashMap<>();

    RestartPolicy(long initialMs, long maxMs, long resetAfterMs) {
        this.delays = new Backoff(initialMs, maxMs);
        this.resetAfterMs = resetAfterMs;
    }

    List<Decision> observe(List<Observation> observations, long now) {
        List<Decision> out = new ArrayList<>();
        for (Observation o : observations) {
            Track t = tracks.computeIfAbsent(o.connector(), k -> new Track());
            boolean connectorFailed = "FAILED".equals(o.state());
            List<Integer> failedTasks = new ArrayList<>();
            String cause = connectorFailed ? Traces.rootCause(o.trace()) : "";
            for (Task task : o.tasks()) {
                if ("FAILED".equals(task.state())) {
                    failedTasks.add(task.id());
                    if (cause.isEmpty()) {
                        cause = Traces.rootCause(task.trace());
                    }
                }
            }
            if (!connectorFailed && failedTasks.isEmpty()) {
                t.failingSince = -1;
                boolean healthy = "RUNNING".equals(o.state()) && !o.tasks().isEmpty() && o.tasks().stream().allMatch(x -> "RUNNING".equals(x.state()));
                if (!healthy) {
                    t.healthySince = -1;
                }
                else if (t.healthySince < 0) {
                    t.healthySince = now;
                }
                else if (now - t.healthySince >= resetAfterMs) {
                    t.attempts = 0;
                }
                continue;
            }
            t.healthySince = -1;
            if (t.failingSince < 0) {
                t.failingSince = now;
                t.notBefore = now + delays.delay(t.attempts);
            }
            if (now >= t.notBefore) {
                out.add(new Decision(o.connector(), connectorFailed, failedTasks, t.attempts + 1, now - t.failingSince, cause));
                t.attempts++;
                t.failingSince = -1;
            }
        }
        return out;
    }

    /** The delay the next restart of {@code connector} would wait. */
    long nextDelay(String connector) {
        Track t = tracks.get(connector);
        return delays.delay(t == null ? 0 : t.attempts);
    }
}
