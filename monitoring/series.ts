/**
 * Every series the alert rules and dashboards read: the pipeline exporter's (metrics.ts) and the
 * engines' JMX exporters' (jmx.ts), by one key each.
 */
import { JMX_METRICS } from './jmx';
import { METRICS } from './metrics';

export const SERIES = { ...METRICS, ...JMX_METRICS } as const;
export type SeriesKey = keyof typeof SERIES;

/** `metric{environment="…",label="…"}`: the series of one environment, narrowed by labels. */
export function selector(key: SeriesKey, env: string, labels: Record<string, string> = {}): string {
  const all = { environment: env, ...labels };
  return `${SERIES[key].name}{${Object.entries(all).map(([k, v]) => `${k}="${v}"`).join(',')}}`;
}
