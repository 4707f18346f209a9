package smart.cdc.connect;

import java.io.InputStream;
import java.util.Properties;

/** The plugin's version, from the jar (Maven-filtered resource). */
final class Version {
    private static final String VERSION = load();

    private Version() {
    }

    static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/smart-cdc-connect.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        }
        catch (Exception e) {
            return "unknown";
        }
    }
}
