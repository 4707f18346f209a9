/**
 * `smart-cdc metrics <env>`: what `status` gathers, as Prometheus metrics — printed once, or served
 * on GET /metrics (`--listen`), each scrape gathered afresh; `--rules` prints the alert rules instead.
 */
import { createServer, Server } from 'http';
import { alertRules, ruleFile } from '../../monitoring/alerts';
import { metricSeries, renderMetrics } from '../../monitoring/metrics';
import { OpsContext } from './context';
import { describeError } from './errors';
import { Thresholds } from './health';
import { Io } from './io';
import { gatherStatus } from './status';

const CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

/** The environment's bounds, as the alert rules read them. */
const thresholdsOf = (ctx: OpsContext): Thresholds => {
  const { maxSlotLagBytes, maxHeartbeatAgeSeconds, maxConsumerLag, maxDeadLetters } = ctx.env.monitoring;
  return { maxSlotLagBytes, maxHeartbeatAgeSeconds, maxConsumerLag, maxDeadLetters };
};

const gather = (ctx: OpsContext) => gatherStatus(ctx, thresholdsOf(ctx));
export const scrape = async (ctx: OpsContext): Promise<string> => renderMetrics(await gather(ctx));

/**
 * Serves /metrics until the process ends; resolves once listening. A scrape that fails answers 500
 * with the one-line reason (Prometheus then marks the target down, and SmartCdcExporterAbsent fires).
 */
export function serveMetrics(ctx: OpsContext, host: string, port: number, io: Io): Promise<Server> {
  // one gathering at a time: a slow engine must not pile up scrapes
  let inFlight: Promise<string> | undefined;
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '/').split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('only GET /metrics here\n');
      return;
    }
    inFlight ??= scrape(ctx).finally(() => (inFlight = undefined));
    inFlight.then(
      (text) => res.writeHead(200, { 'content-type': CONTENT_TYPE }).end(text),
      (e) => res.writeHead(500, { 'content-type': 'text/plain' }).end(`smart-cdc metrics ${ctx.env.name}: ${describeError(e)}\n`),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', (e) => reject(new Error(`cannot listen on ${host}:${port}: ${describeError(e)}`)));
    server.listen(port, host, () => {
      io.err(`smart-cdc metrics ${ctx.env.name}: serving http://${host.includes(':') ? `[${host}]` : host}:${port}/metrics`);
      resolve(server);
    });
  });
}

export async function runMetrics(ctx: OpsContext, flags: Record<string, unknown>, io: Io): Promise<number> {
  if (flags.rules) {
    // the rule file is JSON already
    io.out(ruleFile(alertRules(ctx.view, ctx.env)).trimEnd());
    return 0;
  }
  const at = flags.listen as { host: string; port: number } | undefined;
  if (!at) {
    io.out(flags.json ? JSON.stringify({ environment: ctx.env.name, series: metricSeries(await gather(ctx)) }, null, 2) : (await scrape(ctx)).trimEnd());
    return 0;
  }
  await serveMetrics(ctx, at.host, at.port, io);
  // served until the process is stopped
  return new Promise<number>(() => undefined);
}
