import { readFileSync } from 'fs';
import { join } from 'path';
import { Construct } from 'constructs';
import { DataResource, ITerraformDependable } from 'cdktf';
import { Container, ContainerUpload } from '@cdktf/provider-docker/lib/container';
import { CatalogueView } from '../../catalogue/derive';
import { EnvironmentConfig } from '../../environments/schema';
import { alertRules, ruleFile } from '../../monitoring/alerts';
import { Engine } from '../../monitoring/jmx';
import { scrapeConfigs } from '../../monitoring/prometheus';
import { DockerHost } from './docker-host';

/**
 * The Prometheus JMX exporter Java agent of dev's broker and worker: the images ship none, so the stack
 * brings it, as the local runtime does (the same version as runtime/pom.xml's `jmx.exporter.version`,
 * a unit test keeps the two equal), fetched at deploy from Maven Central (or ~/.m2) into {@link JMX_AGENT.dir}.
 */
export const JMX_AGENT = {
  artifact: 'io.prometheus.jmx:jmx_prometheus_javaagent',
  version: '1.0.1',
  /** relative to the repository root (gitignored) */
  dir: 'build/dev-monitoring',
  jar: () => `jmx_prometheus_javaagent-${JMX_AGENT.version}.jar`,
  /** where each container keeps the agent and its rules */
  inContainer: '/opt/smart-cdc/metrics',
  /** its port inside each container, published on 127.0.0.1 as `docker.ports.<engine>Metrics` */
  port: 9404,
};

/** The agent's rules, the same file the local runtime gives it (monitoring/jmx/<engine>.yml). */
const RULES_DIR = join(__dirname, '..', '..', 'monitoring', 'jmx');
/** Project root relative to Terraform's working directory (cdktf.out/stacks/<stack>). */
const PROJECT_ROOT = '../../..';

/** Fetches the agent jar before a container that runs it is created. */
export function fetchJmxAgent(scope: Construct, id: string): DataResource {
  return new DataResource(scope, id, {
    input: { artifact: JMX_AGENT.artifact, version: JMX_AGENT.version, dir: JMX_AGENT.dir },
    provisioners: [
      {
        type: 'local-exec',
        workingDir: PROJECT_ROOT,
        command: `mvn -B -ntp -q dependency:copy -Dartifact=${JMX_AGENT.artifact}:${JMX_AGENT.version} -DoutputDirectory=${JMX_AGENT.dir}`,
      },
    ],
  });
}

/** What a broker or worker container needs to run the agent: its JVM option, its files, its published port. */
export function jmxAgentMount(engine: Engine, hostPort: number): { env: string; uploads: ContainerUpload[]; port: { host: number; container: number } } {
  const at = (f: string) => `${JMX_AGENT.inContainer}/${f}`;
  return {
    // both images start their JVM through kafka-run-class.sh, which passes KAFKA_OPTS; the agent
    // listens on every address of the container's network namespace, published on 127.0.0.1 only
    env: `KAFKA_OPTS=-javaagent:${at(JMX_AGENT.jar())}=${JMX_AGENT.port}:${at(`${engine}.yml`)}`,
    uploads: [
      { file: at(JMX_AGENT.jar()), source: `\${path.module}/${PROJECT_ROOT}/${JMX_AGENT.dir}/${JMX_AGENT.jar()}`, sourceHash: `${JMX_AGENT.artifact}:${JMX_AGENT.version}`, permissions: '0444' },
      { file: at(`${engine}.yml`), content: readFileSync(join(RULES_DIR, `${engine}.yml`), 'utf8'), permissions: '0444' },
    ],
    port: { host: hostPort, container: JMX_AGENT.port },
  };
}

export interface DevPrometheusProps {
  readonly view: CatalogueView;
  readonly env: EnvironmentConfig;
  readonly host: DockerHost;
  /** the broker and worker whose agents it scrapes */
  readonly dependsOn?: ITerraformDependable[];
}

/** Where the image reads its configuration, and where the stack puts the alert rules beside it. */
export const PROMETHEUS_FILES = { config: '/etc/prometheus/prometheus.yml', rules: '/etc/prometheus/smart-cdc.rules.json' };
/** dev scrapes and evaluates every 10 s (Prometheus' default is 1 min) */
export const DEV_SCRAPE_INTERVAL = '10s';

/**
 * Phase 4 of `dev`: a Prometheus container that scrapes the broker's and worker's JMX exporter agents
 * and `smart-cdc metrics dev` (at `monitoring.exporter`), and evaluates the alert rules derived from
 * the catalogue: the rule file staging and prod export for the platform's own Prometheus. It runs in
 * the host's network namespace, where the agents are published and the exporter listens (127.0.0.1);
 * it listens on 127.0.0.1:`docker.ports.prometheus`. There is no Grafana container: Grafana cannot be
 * obtained on the machines this project is built on; config/dev/monitoring/dashboard.json is for a Grafana
 * of the user's own.
 */
export class DevPrometheus extends Construct {
  readonly container: Container;
  /** the configuration it is given (scrape jobs and rule file) */
  readonly config: { readonly global: Record<string, string>; readonly rule_files: string[]; readonly scrape_configs: ReturnType<typeof scrapeConfigs> };

  constructor(scope: Construct, id: string, props: DevPrometheusProps) {
    super(scope, id);
    const { env } = props;
    const d = env.docker;
    if (!d) throw new Error(`environment '${env.name}': DevPrometheus needs docker (runtime 'docker')`);
    if (!env.phases.includes(4)) throw new Error(`environment '${env.name}': DevPrometheus is phase 4 (monitoring), which is not enabled`);
    const local = (port: number) => `127.0.0.1:${port}`;
    this.config = {
      global: { scrape_interval: DEV_SCRAPE_INTERVAL, evaluation_interval: DEV_SCRAPE_INTERVAL },
      rule_files: [PROMETHEUS_FILES.rules],
      scrape_configs: scrapeConfigs(env.name, {
        exporter: env.monitoring.exporter,
        engines: { kafka: [local(d.ports.kafkaMetrics)], connect: [local(d.ports.connectMetrics)] },
      }),
    };
    const listen = local(d.ports.prometheus);
    this.container = props.host.container('prometheus', {
      name: `smart-cdc-${env.name}-prometheus`,
      image: d.images.prometheus,
      networkMode: 'host',
      command: [`--config.file=${PROMETHEUS_FILES.config}`, '--storage.tsdb.path=/prometheus', `--web.listen-address=${listen}`],
      dataPath: '/prometheus',
      // JSON is YAML: both files are exactly what the generators write
      uploads: [
        { file: PROMETHEUS_FILES.config, content: `${JSON.stringify(this.config, null, 2)}\n`, permissions: '0444' },
        { file: PROMETHEUS_FILES.rules, content: ruleFile(alertRules(props.view, env)), permissions: '0444' },
      ],
      // the image's base is busybox: its wget
      healthcheck: ['CMD', 'wget', '-q', '-O', '/dev/null', `http://${listen}/-/ready`],
      startPeriod: '30s',
      dependsOn: props.dependsOn,
    });
  }
}
