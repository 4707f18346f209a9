package smart.cdc.connect;

import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;

import io.debezium.connector.jdbc.JdbcSinkConnector;

/**
 * Debezium's JDBC sink connector with the task {@link ParkingJdbcSinkTask}: same configuration,
 * plus the flow's carried fields and retry bounds ({@link ParkingSinkConfig}).
 */
public class ParkingJdbcSinkConnector extends SinkConnector {
    private final JdbcSinkConnector delegate = new JdbcSinkConnector();

    @Override
    public String version() {
        return Version.get() + "+debezium-" + delegate.version();
    }

    @Override
    public void start(Map<String, String> props) {
        // fail the connector, not each task, on a malformed carried-field list
        CarriedFields.parse(props.get(ParkingSinkConfig.SOURCE_TABLE), props.get(ParkingSinkConfig.CARRIED_FIELDS));
        delegate.start(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return ParkingJdbcSinkTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return delegate.taskConfigs(maxTasks);
    }

    @Override
    public void stop() {
        delegate.stop();
    }

    @Override
    public ConfigDef config() {
        return ParkingSinkConfig.define(delegate.config());
    }
}
