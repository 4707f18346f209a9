import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { CatalogueView } from '../../../../catalogue/derive';
import { SMART_CATALOGUE } from '../../../../catalogue/smart';
import { JMX_AGENT, PROMETHEUS_FILES } from '../../../../constructs/docker/dev-monitoring';
import { ENVIRONMENTS } from '../../../../environments';
import { validateEnvironment } from '../../../../environments/schema';
import { alertRules, ruleFile } from '../../../../monitoring/alerts';
import { Json, resources, synthJson } from '../../../support/synth';

/**
 * Phase 4 of the dev stack: the JMX exporter agent the stack brings into the broker and the worker,
 * and the Prometheus container that scrapes them and `smart-cdc metrics dev` with the derived rules.
 */

const ROOT = join(__dirname, '..', '..', '..', '..');
const json = synthJson('dev');
const env = validateEnvironment(ENVIRONMENTS.dev, SMART_CATALOGUE);
const d = env.docker!;
const container = (j: Json, name: string): Json | undefined => resources(j, 'docker_container').find((x) => x.name === name);
const uploads = (c: Json) => (c.upload as Array<{ file: string; source?: string; source_hash?: string; content?: string }>) ?? [];
const agentFetch = (j: Json) => Object.entries((j.resource.terraform_data ?? {}) as Record<string, Json>).find(([k]) => k.startsWith('engines_jmx-agent'));
const prometheus = container(json, 'smart-cdc-dev-prometheus')!;
const uploaded = (file: string) => uploads(prometheus).find((u) => u.file === file)?.content ?? '';

describe('dev stack, phase 4: the JMX exporter agent in the broker and the worker', () => {
  it("is the version the local runtime runs (runtime/pom.xml's jmx.exporter.version)", () => {
    const pom = readFileSync(join(ROOT, 'runtime', 'pom.xml'), 'utf8');
    expect(pom.match(/<jmx\.exporter\.version>([^<]+)</)?.[1]).toBe(JMX_AGENT.version);
  });

  it('is fetched at deploy, before either container is created', () => {
    const fetch = agentFetch(json);
    expect(fetch).toBeDefined();
    expect(fetch![1].provisioner[0]['local-exec'].command).toContain(`dependency:copy -Dartifact=${JMX_AGENT.artifact}:${JMX_AGENT.version} -DoutputDirectory=${JMX_AGENT.dir}`);
    for (const name of ['smart-cdc-dev-kafka', 'smart-cdc-dev-connect']) expect({ name, dependsOn: container(json, name)!.depends_on }).toEqual({ name, dependsOn: expect.arrayContaining([`terraform_data.${fetch![0]}`]) });
  });

  it.each([
    ['kafka', 'smart-cdc-dev-kafka', () => d.ports.kafkaMetrics],
    ['connect', 'smart-cdc-dev-connect', () => d.ports.connectMetrics],
  ] as const)('%s: runs through KAFKA_OPTS with its rules (monitoring/jmx), published on 127.0.0.1', (engine, name, hostPort) => {
    const c = container(json, name)!;
    const jar = `${JMX_AGENT.inContainer}/${JMX_AGENT.jar()}`;
    const rules = `${JMX_AGENT.inContainer}/${engine}.yml`;
    expect(c.env).toContain(`KAFKA_OPTS=-javaagent:${jar}=${JMX_AGENT.port}:${rules}`);
    const files = uploads(c);
    expect(files.find((u) => u.file === jar)).toMatchObject({ source: `\${path.module}/../../../${JMX_AGENT.dir}/${JMX_AGENT.jar()}`, source_hash: `${JMX_AGENT.artifact}:${JMX_AGENT.version}` });
    expect(files.find((u) => u.file === rules)?.content).toBe(readFileSync(join(ROOT, 'monitoring', 'jmx', `${engine}.yml`), 'utf8'));
    expect(c.ports).toEqual(expect.arrayContaining([{ internal: JMX_AGENT.port, external: hostPort(), ip: '127.0.0.1' }]));
  });

  it("the broker's health check runs its JVM without the agent (a second agent could not take the port, and would exit)", () => {
    const test = container(json, 'smart-cdc-dev-kafka')!.healthcheck.test as string[];
    expect(test.join(' ')).toMatch(/env -u KAFKA_OPTS \/opt\/kafka\/bin\/kafka-broker-api-versions\.sh/);
  });
});

describe('dev stack, phase 4: Prometheus', () => {
  it("runs in the host's network namespace, publishing nothing, listening on 127.0.0.1:docker.ports.prometheus", () => {
    expect(prometheus).toMatchObject({ image: expect.stringContaining('docker_image.'), network_mode: 'host' });
    expect(prometheus.ports).toBeUndefined();
    expect(prometheus.networks_advanced).toBeUndefined();
    expect(prometheus.command).toContain(`--web.listen-address=127.0.0.1:${d.ports.prometheus}`);
    expect(prometheus.healthcheck.test).toEqual(['CMD', 'wget', '-q', '-O', '/dev/null', `http://127.0.0.1:${d.ports.prometheus}/-/ready`]);
    const image = resources(json, 'docker_image').find((i) => i.name === d.images.prometheus);
    expect(image).toBeDefined();
  });

  it('scrapes the exporter at monitoring.exporter and both agents at their published ports, every target labelled dev; loads the derived rules', () => {
    const config = JSON.parse(uploaded(PROMETHEUS_FILES.config));
    const jobs = Object.fromEntries((config.scrape_configs as Json[]).map((j) => [j.job_name, j.static_configs.flatMap((s: Json) => s.targets.map((t: string) => `${t} ${s.labels.environment}`))]));
    expect(jobs).toEqual({
      'smart-cdc-dev': [`${env.monitoring.exporter} dev`],
      'smart-cdc-dev-kafka': [`127.0.0.1:${d.ports.kafkaMetrics} dev`],
      'smart-cdc-dev-connect': [`127.0.0.1:${d.ports.connectMetrics} dev`],
    });
    expect(config.rule_files).toEqual([PROMETHEUS_FILES.rules]);
    const view = new CatalogueView(SMART_CATALOGUE, env.phases);
    expect(uploaded(PROMETHEUS_FILES.rules)).toBe(ruleFile(alertRules(view, env)));
  });

  it('promtool accepts the configuration with its rule file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smart-cdc-dev-prom-'));
    try {
      const config = JSON.parse(uploaded(PROMETHEUS_FILES.config));
      writeFileSync(join(dir, 'rules.json'), uploaded(PROMETHEUS_FILES.rules));
      writeFileSync(join(dir, 'prometheus.yml'), JSON.stringify({ ...config, rule_files: [join(dir, 'rules.json')] }));
      const r = spawnSync('promtool', ['check', 'config', join(dir, 'prometheus.yml')], { encoding: 'utf8' });
      expect({ status: r.status, out: `${r.stdout}${r.stderr}` }).toEqual({ status: 0, out: expect.stringMatching(/SUCCESS/) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('without phase 4: no agent, no KAFKA_OPTS, no Prometheus', () => {
    const j = synthJson('dev', { edit: (e) => ({ ...e, phases: [1, 2, 3] }) });
    expect(agentFetch(j)).toBeUndefined();
    expect(container(j, 'smart-cdc-dev-prometheus')).toBeUndefined();
    for (const name of ['smart-cdc-dev-kafka', 'smart-cdc-dev-connect']) {
      const c = container(j, name)!;
      expect({ name, opts: (c.env as string[]).filter((e) => e.startsWith('KAFKA_OPTS=')) }).toEqual({ name, opts: [] });
      expect({ name, ports: (c.ports as Json[]).map((p) => p.internal) }).toEqual({ name, ports: [name.endsWith('kafka') ? 9092 : 8083] });
    }
  });
});
