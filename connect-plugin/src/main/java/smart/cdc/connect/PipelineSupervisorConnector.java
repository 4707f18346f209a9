package smart.cdc.connect;

import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.SourceConnector;

/**
 * Kafka Connect never restarts a FAILED connector or task by itself. This connector's one task
 * watches the pipeline's connectors through the REST API and restarts the failed ones with
 * backoff ({@link RestartPolicy}); each restart is logged and written as an event to
 * {@code smart.cdc.events.topic}. Deployed by the stack like any other connector, so every
 * environment has it.
 */
public class PipelineSupervisorConnector extends SourceConnector {
    static final String CONNECT_URL = "smart.cdc.connect.url";
    static final String CONNECT_USERNAME = "smart.cdc.connect.username";
    static final String CONNECT_PASSWORD = "smart.cdc.connect.password";
    static final String CONNECTORS = "smart.cdc.supervise.connectors";
    static final String INTERVAL_MS = "smart.cdc.check.interval.ms";
    static final String BACKOFF_INITIAL_MS = "smart.cdc.restart.backoff.initial.ms";
    static final String BACKOFF_MAX_MS = "smart.cdc.restart.backoff.max.ms";
    static final String RESET_AFTER_MS = "smart.cdc.restart.reset.after.ms";
    static final String EVENTS_TOPIC = "smart.cdc.events.topic";

    static final ConfigDef CONFIG = new ConfigDef()
            .define(CONNECT_URL, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, Importance.HIGH, "Base URL of this Connect cluster's REST API, as the workers reach it.")
            .define(CONNECT_USERNAME, Type.STRING, "", Importance.LOW, "REST API user, if it needs one.")
            .define(CONNECT_PASSWORD, Type.PASSWORD, "", Importance.LOW, "REST API password, if it needs one.")
            .define(CONNECTORS, Type.LIST, ConfigDef.NO_DEFAULT_VALUE, Importance.HIGH, "Connectors to keep running (the pipeline's).")
            .define(INTERVAL_MS, Type.LONG, 2_000L, ConfigDef.Range.atLeast(100), Importance.LOW, "How often their status is read.")
            .define(BACKOFF_INITIAL_MS, Type.LONG, 2_000L, ConfigDef.Range.atLeast(0), Importance.LOW, "Delay before the first restart of a failure.")
            .define(BACKOFF_MAX_MS, Type.LONG, 30_000L, ConfigDef.Range.atLeast(1), Importance.LOW, "Longest delay between restarts (doubled from the initial one).")
            .define(RESET_AFTER_MS, Type.LONG, 600_000L, ConfigDef.Range.atLeast(0), Importance.LOW, "Healthy this long, a connector's restart count starts again from zero.")
            .define(EVENTS_TOPIC, Type.STRING, "", Importance.MEDIUM, "Topic the restarts are written to (one JSON record each); empty: none.");

    private Map<String, String> props;

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        CONFIG.parse(props);
        this.props = props;
    }

    @Override
    public Class<? extends Task> taskClass() {
        return PipelineSupervisorTask.class;
    }

    /** One task: two would restart the same failure twice. */
    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return List.of(props);
    }

    @Override
    public void stop() {
    }

    @Override
    public ConfigDef config() {
        return CONFIG;
    }
}
