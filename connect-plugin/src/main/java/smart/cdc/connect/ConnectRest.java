package smart.cdc.connect;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The few calls of Kafka Connect's REST API the supervisor makes. */
final class ConnectRest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String base;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ConnectRest(String url, String username, String password) {
        this.base = url.replaceAll("/+$", "");
        this.authorization = username == null || username.isBlank() ? null
                : "Basic " + Base64.getEncoder().encodeToString((username + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
    }

    /** The status of the named connectors (absent ones are left out). */
    List<RestartPolicy.Observation> statuses(List<String> names) throws IOException, InterruptedException {
        JsonNode all = JSON.readTree(send("GET", "/connectors?expand=status"));
        List<RestartPolicy.Observation> out = new ArrayList<>();
        for (String name : names) {
            JsonNode s = all.path(name).path("status");
            if (s.isMissingNode()) {
                continue;
            }
            List<RestartPolicy.Task> tasks = new ArrayList<>();
            for (Iterator<JsonNode> it = s.path("tasks").elements(); it.hasNext();) {
                JsonNode t = it.next();
                tasks.add(new RestartPolicy.Task(t.path("id").asInt(), t.path("state").asText(), t.path("trace").asText(null)));
            }
            out.add(new RestartPolicy.Observation(name, s.path("connector").path("state").asText(), s.path("connector").path("trace").asText(null), tasks));
        }
        return out;
    }

    void restartFailed(String connector) throws IOException, InterruptedException {
        send("POST", "/connectors/" + URLEncoder.encode(connector, StandardCharsets.UTF_8).replace("+", "%20") + "/restart?includeTasks=true&onlyFailed=true");
    }

    private String send(String method, String path) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).header("accept", "application/json");
        if (authorization != null) {
            b.header("authorization", authorization);
        }
        b.method(method, HttpRequest.BodyPublishers.noBody());
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IOException(method + " " + path + " answered " + r.statusCode());
        }
        return r.body();
    }

    static String json(Map<String, Object> value) {
        try {
            return JSON.writeValueAsString(value);
        }
        catch (IOException e) {
            return "{}";
        }
    }
}
