/** The pipeline path: the deployed `local` stack's connectors, driven through Connect's REST API. */
import { DatabaseId, FlowDef } from '../../catalogue/model';
import { copyFlow } from '../ops/bulk-copy';
import { recreateSlot, streamFrom } from '../ops/resync';
import { hashSalt } from '../ops/verify';
import { ConnectApi, topicDepth } from '../ops/clients';
import { OpsContext } from '../ops/context';
import { OpsError } from '../ops/errors';
import { KafkaAdmin, kafkaAdminClient } from '../ops/kafka';
import { Sessions } from './sessions';
import { Route } from './workload';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class PipelineControl {
  readonly api: ConnectApi;
  private admin: KafkaAdmin | undefined;

  constructor(private readonly ctx: OpsContext, private readonly s: Sessions) {
    this.api = new ConnectApi(ctx.connect, 30_000);
  }

  private source(db: DatabaseId) {
    const src = this.ctx.names.sources.find((x) => x.db === db);
    if (!src) throw new OpsError(`the ${this.ctx.env.name} environment has no source connector on the ${db} database`);
    return src;
  }

  /** Every connector of the pipeline and its tasks RUNNING, or one error naming each that is not. */
  async assertRunning(): Promise<void> {
    const all = await this.api.connectors();
    const names = [...this.ctx.names.sources.map((s) => s.connector), ...this.ctx.names.sinks.map((s) => s.connector)];
    const bad = names.flatMap((n) => {
      const st = all[n]?.status;
      if (!st) return [`${n} does not exist`];
      const ok = st.connector.state === 'RUNNING' && st.tasks.length > 0 && st.tasks.every((t) => t.state === 'RUNNING');
      return ok ? [] : [`${n} is ${st.connector.state} (tasks ${st.tasks.map((t) => t.state).join(' ') || 'none'})`];
    });
    if (bad.length) throw new OpsError(`the pipeline is not running: ${bad.join('; ')} (run: npx smart-cdc bootstrap ${this.ctx.env.name})`);
  }

  /** The deployed configuration of every pipeline connector, as Connect returns it. */
  async configs(): Promise<Record<string, Record<string, string>>> {
    const all = await this.api.connectors();
    return Object.fromEntries(Object.entries(all).map(([n, c]) => [n, c.info?.config ?? {}]));
  }

  private async waitState(name: string, state: string): Promise<void> {
    for (let i = 0; i < 300; i++) {
      const st = await this.api.status(name);
      if (st.connector.state === state && (state === 'STOPPED' || st.tasks.every((t) => t.state === state))) return;
      await sleep(200);
    }
    throw new OpsError(`connector ${name} did not reach ${state} within 60 s`);
  }

  /** Stops the database's source connector and waits until its slot is released. */
  async stopSource(db: DatabaseId): Promise<void> {
    const src = this.source(db);
    await this.api.request('PUT', `/connectors/${src.connector}/stop`);
    await this.waitState(src.connector, 'STOPPED');
    for (let i = 0; i < 300; i++) {
      const [slot] = await this.s.query<{ active: boolean }>(db, undefined, 'SELECT active FROM pg_replication_slots WHERE slot_name = $1', [src.slot]);
      if (!slot) throw new OpsError(`slot ${src.slot} is missing on the ${db} database`);
      if (!slot.active) return;
      await sleep(200);
    }
    throw new OpsError(`slot ${src.slot} stayed active after ${src.connector} stopped`);
  }

  /**
   * A stopped source's first copy, as `repair resync` makes it: its slot created again, `flows`
   * copied in bulk (bulk-copy.ts), the source streaming from the slot's start.
   */
  async restartWithCopy(db: DatabaseId, flows: readonly FlowDef[]): Promise<void> {
    const src = this.source(db);
    const slot = await recreateSlot(this.ctx, src, Date.now() + 60_000);
    for (const f of flows) await copyFlow(this.ctx, f, hashSalt(this.ctx.env.name), 600_000);
    await streamFrom(this.api, src, slot.lsn);
    await this.waitState(src.connector, 'RUNNING');
  }

  /** Resumes any pipeline connector left STOPPED or PAUSED (after an interrupted run). */
  async ensureRunning(): Promise<void> {
    const all = await this.api.connectors();
    const ours = [...this.ctx.names.sources.map((x) => x.connector), ...this.ctx.names.sinks.map((x) => x.connector)];
    for (const [name, c] of Object.entries(all)) {
      if (ours.includes(name) && c.status && ['STOPPED', 'PAUSED'].includes(c.status.connector.state)) await this.api.request('PUT', `/connectors/${name}/resume`);
    }
  }

  /** Records the route's change topic has ever held (sum of end offsets). */
  async topicEnd(route: Route): Promise<number> {
    this.admin ??= kafkaAdminClient(this.ctx.kafka, 'smart-cdc-bench');
    const sink = this.ctx.names.sinks.find((x) => x.flow.name === route.flow.name);
    if (!sink) throw new OpsError(`flow ${route.flow.name} is not deployed in ${this.ctx.env.name}`);
    return (await topicDepth(this.admin, sink.topic)).high;
  }

  async close(): Promise<void> {
    await this.admin?.close().catch(() => undefined);
  }
}
