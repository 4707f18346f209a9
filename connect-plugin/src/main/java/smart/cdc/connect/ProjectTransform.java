package smart.cdc.connect;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.components.Versioned;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.transforms.Transformation;

/** What every transform of this plugin shares: its ConfigDef, the plugin's version, nothing to release by default. */
abstract class ProjectTransform<R extends ConnectRecord<R>> implements Transformation<R>, Versioned {

    private final ConfigDef configDef;

    ProjectTransform(ConfigDef configDef) {
        this.configDef = configDef;
    }

    @Override
    public ConfigDef config() {
        return configDef;
    }

    @Override
    public void close() {
    }

    @Override
    public String version() {
        return Version.get();
    }
}
