package smart.cdc.connect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The supervisor's loop: read, decide ({@link RestartPolicy}), restart, tell. Never fails itself. */
public class PipelineSupervisorTask extends SourceTask {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineSupervisorTask.class);

    private ConnectRest rest;
    private List<String> connectors;
    private long intervalMs;
    private RestartPolicy policy;
    private String eventsTopic;
    private String name;
    private long nextCheck;
    private String lastProblem;
    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        AbstractConfig c = new AbstractConfig(PipelineSupervisorConnector.CONFIG, props);
        rest = new ConnectRest(c.getString(PipelineSupervisorConnector.CONNECT_URL), c.getString(PipelineSupervisorConnector.CONNECT_USERNAME),
                c.getPassword(PipelineSupervisorConnector.CONNECT_PASSWORD).value());
        connectors = c.getList(PipelineSupervisorConnector.CONNECTORS);
        intervalMs = c.getLong(PipelineSupervisorConnector.INTERVAL_MS);
        policy = new RestartPolicy(Math.max(1, c.getLong(PipelineSupervisorConnector.BACKOFF_INITIAL_MS)), c.getLong(PipelineSupervisorConnector.BACKOFF_MAX_MS),
                c.getLong(PipelineSupervisorConnector.RESET_AFTER_MS));
        eventsTopic = c.getString(PipelineSupervisorConnector.EVENTS_TOPIC);
        name = props.getOrDefault("name", "supervisor");
        LOG.info("pipeline supervisor {} watches {} every {} ms", name, connectors, intervalMs);
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        long wait = nextCheck - System.currentTimeMillis();
        if (wait > 0 && stopped.await(wait, TimeUnit.MILLISECONDS)) {
            return null;
        }
        nextCheck = System.currentTimeMillis() + intervalMs;
        List<SourceRecord> events = new ArrayList<>();
        try {
            List<RestartPolicy.Observation> seen = rest.statuses(connectors);
            lastProblem = null;
            for (RestartPolicy.Decision d : policy.observe(seen, System.currentTimeMillis())) {
                try {
                    rest.restartFailed(d.connector());
                    LOG.warn("pipeline supervisor: restarted {}{} (restart {} after {} s FAILED): {}", d.connector(),
                            d.failedTasks().isEmpty() ? "" : " tasks " + d.failedTasks(), d.attempt(), d.delayMs() / 1000, d.cause());
                    events.add(event(d, "restarted", null));
                }
                catch (Exception e) {
                    LOG.warn("pipeline supervisor: restarting {} failed: {}", d.connector(), SinkFailure.firstLine(String.valueOf(e.getMessage())));
                    events.add(event(d, "restart-failed", SinkFailure.firstLine(String.valueOf(e.getMessage()))));
                }
            }
        }
        catch (InterruptedException e) {
            throw e;
        }
        catch (Exception e) {
            // Connect's REST API unavailable (worker starting, rebalancing): try again next time
            String problem = SinkFailure.firstLine(e.getClass().getSimpleName() + ": " + e.getMessage());
            if (!problem.equals(lastProblem)) {
                LOG.info("pipeline supervisor: cannot read connector status yet ({})", problem);
            }
            lastProblem = problem;
        }
        return events.isEmpty() || eventsTopic.isBlank() ? null : events;
    }

    private SourceRecord event(RestartPolicy.Decision d, String action, String error) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("at", Instant.now().toString());
        v.put("action", action);
        v.put("connector", d.connector());
        v.put("connectorFailed", d.connectorFailed());
        v.put("tasks", d.failedTasks());
        v.put("attempt", d.attempt());
        v.put("failedForMs", d.delayMs());
        v.put("nextDelayMs", policy.nextDelay(d.connector()));
        v.put("cause", d.cause());
        if (error != null) {
            v.put("error", error);
        }
        return new SourceRecord(Map.of("supervisor", name), Map.of("at", System.currentTimeMillis()), eventsTopic, null,
                Schema.STRING_SCHEMA, d.connector(), Schema.STRING_SCHEMA, ConnectRest.json(v));
    }

    @Override
    public void stop() {
        stopped.countDown();
    }
}
