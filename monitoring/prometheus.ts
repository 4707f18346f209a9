/**
 * What Prometheus scrapes for one environment: the pipeline's exporter (`smart-cdc metrics`) and the
 * JMX exporter agent of each Kafka broker and Connect worker. The agents do not know the environment,
 * so every target is labelled with it here; the alert rules and dashboards select on that label.
 */
import { Engine } from './jmx';

export interface ScrapeTargets {
  /** host:port of `smart-cdc metrics <env> --listen` */
  readonly exporter: string;
  /** host:port of each broker's and worker's JMX exporter agent */
  readonly engines: Readonly<Record<Engine, readonly string[]>>;
}

export interface ScrapeConfig {
  readonly job_name: string;
  readonly honor_labels?: boolean;
  readonly static_configs: ReadonlyArray<{ readonly targets: readonly string[]; readonly labels: Readonly<Record<string, string>> }>;
}

export function scrapeConfigs(env: string, t: ScrapeTargets): ScrapeConfig[] {
  const labels = { environment: env };
  return [
    // the exporter writes `environment` itself: keep it
    { job_name: `smart-cdc-${env}`, honor_labels: true, static_configs: [{ targets: [t.exporter], labels }] },
    { job_name: `smart-cdc-${env}-kafka`, static_configs: [{ targets: t.engines.kafka, labels }] },
    { job_name: `smart-cdc-${env}-connect`, static_configs: [{ targets: t.engines.connect, labels }] },
  ];
}
