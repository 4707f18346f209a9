package smart.cdc.ranger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.ranger.authorization.hadoop.config.RangerPluginConfig;
import org.apache.ranger.plugin.model.RangerPolicy;
import org.apache.ranger.plugin.model.RangerRole;
import org.apache.ranger.plugin.model.RangerService;
import org.apache.ranger.plugin.model.RangerServiceDef;
import org.apache.ranger.plugin.model.validation.RangerPolicyValidator;
import org.apache.ranger.plugin.model.validation.RangerServiceDefValidator;
import org.apache.ranger.plugin.model.validation.RangerServiceValidator;
import org.apache.ranger.plugin.model.validation.RangerValidator;
import org.apache.ranger.plugin.policyengine.RangerAccessRequestImpl;
import org.apache.ranger.plugin.policyengine.RangerAccessResourceImpl;
import org.apache.ranger.plugin.policyengine.RangerAccessResult;
import org.apache.ranger.plugin.policyengine.RangerPluginContext;
import org.apache.ranger.plugin.policyengine.RangerPolicyEngine;
import org.apache.ranger.plugin.policyengine.RangerPolicyEngineImpl;
import org.apache.ranger.plugin.policyengine.RangerPolicyEngineOptions;
import org.apache.ranger.plugin.store.ServiceStore;
import org.apache.ranger.plugin.util.RangerRoles;
import org.apache.ranger.plugin.util.ServicePolicies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The generated Ranger document, evaluated by Ranger's own policy engine (offline, no Admin).
 *
 * <p>Inputs come from {@code scripts/ranger/export.ts}: {@code servicedef.json}, {@code
 * services.json}, {@code policies.json} (what the stack applies) and {@code view.json} (the
 * catalogue: tables, column classes, reader roles and their masks, change topics, Connect
 * principal). Every expected decision is derived from {@code view.json}; none is written here.
 */
class RangerEngineProofTest {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  /** A user who holds no role at all. */
  private static final String NOBODY = "someone-without-a-role";
  /** Prefix of the engine that has, besides the stack's policies, a public grant on every topic. */
  private static final String BROAD_GRANT = "with-public-grant:";
  /** A role the catalogue does not know. */
  private static final String UNKNOWN_ROLE = "not_a_catalogue_role";

  private static JsonNode view;
  private static RangerServiceDef postgresDef;
  private static RangerServiceDef kafkaDef;
  private static List<RangerService> services;
  private static List<RangerPolicy> policies;
  private static final Map<String, RangerPolicyEngine> engines = new HashMap<>();

  private static Path exportDir() {
    Path dir = Path.of(System.getProperty("ranger.export", "../../build/ranger/dev"));
    if (!Files.isRegularFile(dir.resolve("view.json"))) {
      fail("no export in " + dir.toAbsolutePath() + ": run scripts/ranger/export.ts first (npm run test:ranger does)");
    }
    return dir;
  }

  /** The user that holds exactly one role: how Ranger resolves a reader's roles. */
  private static String userOf(String role) {
    return role + ".member";
  }

  @BeforeAll
  static void load() throws Exception {
    Path dir = exportDir();
    view = JSON.readTree(dir.resolve("view.json").toFile());
    postgresDef = JSON.readValue(dir.resolve("servicedef.json").toFile(), RangerServiceDef.class);
    services = JSON.readValue(dir.resolve("services.json").toFile(), new TypeReference<List<RangerService>>() {});
    policies = JSON.readValue(dir.resolve("policies.json").toFile(), new TypeReference<List<RangerPolicy>>() {});
    try (InputStream in = RangerServiceDef.class.getResourceAsStream("/service-defs/ranger-servicedef-kafka.json")) {
      assertNotNull(in, "Ranger's embedded kafka service definition");
      kafkaDef = JSON.readValue(in, RangerServiceDef.class);
    }
    // ids as Ranger Admin would assign them
    postgresDef.setId(1000L);
    long id = 1;
    for (RangerService s : services) s.setId(id++);
    for (RangerPolicy p : policies) {
      p.setId(id++);
      p.setVersion(1L);
    }

    // every catalogue reader role, and one unknown role, each held by one user
    Set<RangerRole> roles = new HashSet<>();
    List<String> roleNames = new ArrayList<>();
    view.get("readers").forEach(r -> roleNames.add(r.get("name").asText()));
    roleNames.add(UNKNOWN_ROLE);
    for (String r : roleNames) {
      roles.add(new RangerRole(r, "catalogue reader role", Collections.emptyMap(),
          List.of(new RangerRole.RoleMember(userOf(r), false)), Collections.emptyList()));
    }
    RangerRoles rangerRoles = new RangerRoles();
    rangerRoles.setRangerRoles(roles);
    rangerRoles.setRoleVersion(1L);

    for (RangerService s : services) {
      RangerServiceDef def = defOf(s);
      ServicePolicies sp = new ServicePolicies();
      sp.setServiceName(s.getName());
      sp.setServiceId(s.getId());
      sp.setServiceDef(def);
      sp.setPolicyVersion(1L);
      List<RangerPolicy> own = new ArrayList<>();
      for (RangerPolicy p : policies) if (p.getService().equals(s.getName())) own.add(p);
      sp.setPolicies(own);

      RangerPolicyEngineOptions options = new RangerPolicyEngineOptions();
      options.disablePolicyRefresher = true;
      options.disableTagRetriever = true;
      options.disableUserStoreRetriever = true;
      options.disableTagPolicyEvaluation = true;
      RangerPluginConfig config = new RangerPluginConfig(def.getName(), s.getName(), "smart-cdc-proof", null, null, options);
      rangerRoles.setServiceName(s.getName());
      engines.put(s.getName(), new RangerPolicyEngineImpl(sp, new RangerPluginContext(config), rangerRoles));

      if (def == kafkaDef) {
        RangerPolicy grant = new RangerPolicy();
        grant.setId(id++);
        grant.setVersion(1L);
        grant.setName("someone else's grant: every topic to everyone");
        grant.setService(s.getName());
        grant.setResources(Map.of("topic", new RangerPolicy.RangerPolicyResource("*")));
        RangerPolicy.RangerPolicyItem all = new RangerPolicy.RangerPolicyItem();
        all.setGroups(List.of("public"));
        all.setAccesses(List.of(new RangerPolicy.RangerPolicyItemAccess("publish"), new RangerPolicy.RangerPolicyItemAccess("consume")));
        grant.setPolicyItems(List.of(all));
        ServicePolicies broad = new ServicePolicies();
        broad.setServiceName(s.getName());
        broad.setServiceId(s.getId());
        broad.setServiceDef(def);
        broad.setPolicyVersion(1L);
        List<RangerPolicy> more = new ArrayList<>(own);
        more.add(grant);
        broad.setPolicies(more);
        RangerPluginConfig config2 = new RangerPluginConfig(def.getName(), s.getName(), "smart-cdc-proof", null, null, options);
        engines.put(BROAD_GRANT + s.getName(), new RangerPolicyEngineImpl(broad, new RangerPluginContext(config2), rangerRoles));
      }
    }
  }

  private static RangerServiceDef defOf(RangerService s) {
    if (s.getType().equals(postgresDef.getName())) return postgresDef;
    if (s.getType().equals(kafkaDef.getName())) return kafkaDef;
    throw new AssertionError("service " + s.getName() + " has unknown type " + s.getType());
  }

  private static RangerAccessResult evaluate(String service, Map<String, String> resource, String accessType,
      String user, int policyType) {
    RangerPolicyEngine engine = engines.get(service);
    assertNotNull(engine, "no service " + service + " in the export");
    RangerAccessResourceImpl res = new RangerAccessResourceImpl();
    res.setServiceDef(engine.getServiceDef());
    resource.forEach(res::setValue);
    RangerAccessRequestImpl req = new RangerAccessRequestImpl(res, accessType, user, Collections.emptySet(), null);
    return engine.evaluatePolicies(req, policyType, null);
  }

  private static Map<String, String> column(JsonNode db, JsonNode table, String col) {
    Map<String, String> r = new LinkedHashMap<>();
    r.put("database", db.get("name").asText());
    r.put("schema", table.get("schema").asText());
    r.put("table", table.get("name").asText());
    r.put("column", col);
    return r;
  }

  private static boolean reads(JsonNode reader, JsonNode db, JsonNode table) {
    if (!reader.get("database").asText().equals(db.get("id").asText())) return false;
    JsonNode tables = reader.get("tables");
    if (tables.isTextual()) return tables.asText().equals("*");
    for (JsonNode t : tables) if (t.asText().equals(table.get("qualified").asText())) return true;
    return false;
  }

  /** Asserts the access decision, and for an allowed read the mask, of one user on one column. */
  private static void check(String user, JsonNode reader, JsonNode db, JsonNode table, JsonNode col) {
    String name = col.get("name").asText();
    Map<String, String> at = column(db, table, name);
    boolean expected = reader != null && reads(reader, db, table);
    RangerAccessResult access = evaluate(db.get("service").asText(), at, "select", user, RangerPolicy.POLICY_TYPE_ACCESS);
    assertEquals(expected, access.getIsAllowed(), "SELECT of " + at + " by " + user);
    if (!expected) return;

    RangerAccessResult mask = evaluate(db.get("service").asText(), at, "select", user, RangerPolicy.POLICY_TYPE_DATAMASK);
    String cls = col.get("class").asText();
    if (cls.equals("PII")) {
      JsonNode want = reader.get("masks").get(name);
      assertNotNull(want, "the catalogue gives " + reader.get("name").asText() + " no mask for PII column " + name);
      assertEquals(want.asText(), mask.getMaskType(), "mask of PII column " + at + " for " + user);
    } else {
      assertFalse(mask.isMaskEnabled(), cls + " column " + at + " must not be masked for " + user + " (got " + mask.getMaskType() + ")");
    }
  }

  /** Every reader role × every column of every table of both databases: allowed + mask, or denied. */
  @TestFactory
  Stream<DynamicNode> everyReaderRoleOnEveryColumn() {
    List<DynamicNode> roles = new ArrayList<>();
    for (JsonNode reader : view.get("readers")) {
      String role = reader.get("name").asText();
      List<DynamicNode> tables = new ArrayList<>();
      for (JsonNode db : view.get("databases")) {
        for (JsonNode table : db.get("tables")) {
          List<DynamicNode> cols = new ArrayList<>();
          for (JsonNode col : table.get("columns")) {
            boolean allowed = reads(reader, db, table);
            String what = col.get("name").asText() + " (" + col.get("class").asText() + "): "
                + (!allowed ? "denied" : col.get("class").asText().equals("PII") ? reader.get("masks").path(col.get("name").asText()).asText("NO MASK") : "clear");
            cols.add(dynamicTest(what, () -> check(userOf(role), reader, db, table, col)));
          }
          tables.add(dynamicContainer(db.get("name").asText() + "." + table.get("qualified").asText(), cols));
        }
      }
      roles.add(dynamicContainer("role " + role, tables));
    }
    return roles.stream();
  }

  /** A user without a catalogue role, and a role the catalogue does not know, read nothing. */
  @TestFactory
  Stream<DynamicNode> unknownRolesAreDeniedEverywhere() {
    List<DynamicNode> out = new ArrayList<>();
    for (String user : List.of(NOBODY, userOf(UNKNOWN_ROLE))) {
      for (JsonNode db : view.get("databases")) {
        for (JsonNode table : db.get("tables")) {
          out.add(dynamicTest(user + " on " + db.get("name").asText() + "." + table.get("qualified").asText(), () -> {
            for (JsonNode col : table.get("columns")) check(user, null, db, table, col);
          }));
        }
      }
    }
    return out.stream();
  }

  /** Only the Connect principal produces to or consumes the raw change topics. */
  @TestFactory
  Stream<DynamicNode> onlyConnectUsesRawChangeTopics() {
    JsonNode kafka = view.get("kafka");
    String service = kafka.get("service").asText();
    String connect = kafka.get("connectPrincipal").asText();
    List<String> others = new ArrayList<>(List.of(NOBODY, userOf(UNKNOWN_ROLE)));
    view.get("readers").forEach(r -> others.add(userOf(r.get("name").asText())));
    List<DynamicNode> out = new ArrayList<>();
    assertTrue(kafka.get("changeTopics").size() > 0, "the view lists change topics");
    for (JsonNode t : kafka.get("changeTopics")) {
      String topic = t.get("topic").asText();
      for (String access : List.of("publish", "consume")) {
        out.add(dynamicTest(connect + " may " + access + " " + topic,
            () -> assertTrue(evaluate(service, Map.of("topic", topic), access, connect, RangerPolicy.POLICY_TYPE_ACCESS).getIsAllowed(),
                connect + " " + access + " " + topic)));
        for (String other : others) {
          out.add(dynamicTest(other + " may not " + access + " " + topic,
              () -> assertFalse(evaluate(service, Map.of("topic", topic), access, other, RangerPolicy.POLICY_TYPE_ACCESS).getIsAllowed(),
                  other + " " + access + " " + topic)));
          // the stack's deny (with Connect as the only exception) outranks a broad grant made elsewhere,
          // such as the "all - topic" policy Ranger creates with a service
          out.add(dynamicTest(other + " may not " + access + " " + topic + " despite a public grant on every topic",
              () -> assertFalse(evaluate(BROAD_GRANT + service, Map.of("topic", topic), access, other, RangerPolicy.POLICY_TYPE_ACCESS).getIsAllowed(),
                  other + " " + access + " " + topic + " with a public grant")));
        }
      }
    }
    return out.stream();
  }

  // ---- Ranger Admin's own validators, on an in-memory store --------------------------------------

  /** A ServiceStore holding the exported objects, enough for Ranger's validators. */
  private static ServiceStore store(List<RangerPolicy> accepted) {
    return store(accepted, services);
  }

  private static ServiceStore store(List<RangerPolicy> accepted, List<RangerService> services) {
    return (ServiceStore) Proxy.newProxyInstance(ServiceStore.class.getClassLoader(), new Class<?>[] {ServiceStore.class},
        (proxy, method, args) -> {
          switch (method.getName()) {
            case "getServiceDefByName":
              return args[0].equals(postgresDef.getName()) ? postgresDef : args[0].equals(kafkaDef.getName()) ? kafkaDef : null;
            case "getServiceDef":
              return args[0].equals(postgresDef.getId()) ? postgresDef : args[0].equals(kafkaDef.getId()) ? kafkaDef : null;
            case "getServiceByName":
              return services.stream().filter(s -> s.getName().equals(args[0])).findFirst().orElse(null);
            case "getService":
              return services.stream().filter(s -> s.getId().equals(args[0])).findFirst().orElse(null);
            case "getPoliciesByResourceSignature": {
              List<RangerPolicy> same = new ArrayList<>();
              for (RangerPolicy p : accepted) {
                if (p.getService().equals(args[0])
                    && new org.apache.ranger.plugin.model.RangerPolicyResourceSignature(p).getSignature().equals(args[1])) {
                  same.add(p);
                }
              }
              return same;
            }
            case "getPolicies":
              return new ArrayList<>(accepted);
            default:
              Class<?> t = method.getReturnType();
              if (t == boolean.class) return false;
              if (t == long.class || t == int.class) return 0;
              if (List.class.isAssignableFrom(t)) return new ArrayList<>();
              return null;
          }
        });
  }

  @Test
  void serviceDefinitionPassesRangerAdminValidation() throws Exception {
    RangerServiceDef candidate = JSON.readValue(JSON.writeValueAsString(postgresDef), RangerServiceDef.class);
    candidate.setId(null);
    ServiceStore empty = (ServiceStore) Proxy.newProxyInstance(ServiceStore.class.getClassLoader(), new Class<?>[] {ServiceStore.class},
        (proxy, method, args) -> method.getReturnType() == boolean.class ? false : List.class.isAssignableFrom(method.getReturnType()) ? new ArrayList<>() : null);
    new RangerServiceDefValidator(empty).validate(candidate, RangerValidator.Action.CREATE);
    String[] masks = postgresDef.getDataMaskDef().getMaskTypes().stream().map(m -> m.getName()).toArray(String[]::new);
    for (String standard : List.of("MASK", "MASK_SHOW_LAST_4", "MASK_SHOW_FIRST_4", "MASK_HASH", "MASK_NULL", "MASK_NONE", "MASK_DATE_SHOW_YEAR")) {
      assertTrue(List.of(masks).contains(standard), "dataMaskDef defines " + standard);
    }
    assertFalse(postgresDef.getRowFilterDef().getResources().isEmpty(), "a row-filter definition");
  }

  @Test
  void servicesPassRangerAdminValidation() throws Exception {
    for (RangerService s : services) {
      RangerService candidate = JSON.readValue(JSON.writeValueAsString(s), RangerService.class);
      candidate.setId(null);
      new RangerServiceValidator(store(List.of(), List.of())).validate(candidate, RangerValidator.Action.CREATE);
    }
  }

  /** Each policy, created in document order, passes the validation Ranger Admin runs on a create. */
  @TestFactory
  Stream<DynamicNode> policiesPassRangerAdminValidation() {
    List<RangerPolicy> accepted = new ArrayList<>();
    List<DynamicNode> out = new ArrayList<>();
    for (RangerPolicy p : policies) {
      out.add(dynamicTest(p.getName(), () -> {
        RangerPolicy candidate = JSON.readValue(JSON.writeValueAsString(p), RangerPolicy.class);
        candidate.setId(null);
        new RangerPolicyValidator(store(accepted)).validate(candidate, RangerValidator.Action.CREATE, true);
        accepted.add(p);
      }));
    }
    return out.stream();
  }
}
