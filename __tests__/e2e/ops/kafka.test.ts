import { randomUUID } from 'crypto';
import { describeError } from '../../../scripts/ops/errors';
import { kafkaAdminClient, produceRecords, readPartition } from '../../../scripts/ops/kafka';
import { LOCAL_KAFKA, readTopic, withKafka } from '../support/engines';

/**
 * The project's one Kafka module (scripts/ops/kafka.ts) against the local broker: bytes come back as
 * they went in (keys, values, tombstones, headers), ranges and offsets are exact, and an unreachable
 * broker fails fast with the cause in words.
 */

const RUN = randomUUID().slice(0, 8);
const TOPIC = `e2e-kafka-client-${RUN}`;
const GROUP = `e2e-kafka-client-${RUN}`;
// not valid UTF-8: a client that decodes to text and back would change them
const BYTES = Buffer.from([0x2a, 0xff, 0xfe, 0x80, 0xc3]);
const RECORDS = [
  { key: Buffer.from('k1'), value: BYTES, headers: { origin: 'e2e', empty: '' } },
  { key: BYTES, value: Buffer.from('{"x":1}') },
  { key: Buffer.from('k1'), value: null },
  { key: null, value: Buffer.alloc(0) },
  { key: Buffer.from('k2'), value: Buffer.alloc(300_000, 7) },
];

beforeAll(async () => {
  await withKafka((a) => a.createTopics([{ name: TOPIC, partitions: 2, replicationFactor: 1 }]));
});

afterAll(async () => {
  await withKafka(async (a) => {
    await a.deleteGroups([GROUP]).catch(() => undefined);
    await a.deleteTopics([TOPIC]);
  });
});

describe('the Kafka module on the local broker', () => {
  let before = 0;

  it('produces and reads back every byte: non-UTF-8 keys and values, a tombstone, a null key, an empty and a large value, headers', async () => {
    before = Date.now();
    await produceRecords(LOCAL_KAFKA, TOPIC, RECORDS);
    const offsets = await withKafka((a) => a.topicOffsets(TOPIC));
    // records without a partition go where the client's partitioner puts them: find them by offsets
    const total = offsets.reduce((n, p) => n + p.high - p.low, 0);
    expect(total).toBe(RECORDS.length);
    const read = await Promise.all(offsets.filter((p) => p.high > p.low).map((p) => readPartition(LOCAL_KAFKA, TOPIC, p.partition, p.low, p.high, 30_000)));
    expect(read.every((r) => r.complete)).toBe(true);
    const got = read.flatMap((r) => r.records).map((r) => ({ key: r.key?.toString('hex') ?? null, value: r.value?.toString('hex') ?? null, headers: r.headers }));
    const want = RECORDS.map((r) => ({ key: r.key?.toString('hex') ?? null, value: r.value?.toString('hex') ?? null, headers: r.headers ?? {} }));
    expect(got).toEqual(expect.arrayContaining(want));
    expect(got).toHaveLength(want.length);
    expect((await readTopic(TOPIC)).length).toBe(RECORDS.length);
  });

  it('reads exactly the asked range of one partition, and says when it could not finish', async () => {
    const [p] = (await withKafka((a) => a.topicOffsets(TOPIC))).filter((x) => x.high - x.low >= 2);
    const one = await readPartition(LOCAL_KAFKA, TOPIC, p.partition, p.low + 1, p.low + 2, 30_000);
    expect({ complete: one.complete, offsets: one.records.map((r) => r.offset) }).toEqual({ complete: true, offsets: [p.low + 1] });
    // beyond the end: nothing arrives, the read gives up after its bound
    const beyond = await readPartition(LOCAL_KAFKA, TOPIC, p.partition, p.high, p.high + 1, 2_000);
    expect(beyond).toEqual({ records: [], complete: false });
  });

  it('finds offsets by time, commits and reads a group offset, lists and deletes groups', async () => {
    await withKafka(async (a) => {
      const at = await a.offsetsAt(TOPIC, before - 60_000);
      const ends = await a.topicOffsets(TOPIC);
      expect(at).toEqual(ends.map((p) => ({ partition: p.partition, offset: p.high > p.low ? p.low : -1 })));
      expect(await a.offsetsAt(TOPIC, Date.now() + 3_600_000)).toEqual(ends.map((p) => ({ partition: p.partition, offset: -1 })));
      expect(await a.groupOffsets(GROUP, TOPIC)).toEqual([{ partition: 0, offset: -1 }, { partition: 1, offset: -1 }]);
      await a.commitOffset(GROUP, TOPIC, 1);
      expect(await a.groupOffsets(GROUP, TOPIC)).toEqual([{ partition: 0, offset: 1 }, { partition: 1, offset: -1 }]);
      expect(await a.groupCommits(GROUP)).toEqual([{ topic: TOPIC, partition: 0, offset: 1 }]);
      expect(await a.listGroups()).toContain(GROUP);
      // a group with only committed offsets has no live member; a running sink's group has its task
      expect(await a.groupActive(GROUP)).toBe(false);
      expect(await a.groupActive(`${GROUP}-none`)).toBe(false);
      const sinkGroups = (await a.listGroups()).filter((g) => g.startsWith('connect-') && g.endsWith('-sink'));
      expect(await Promise.all(sinkGroups.map((g) => a.groupActive(g)))).toContain(true);
      await a.deleteGroups([GROUP]);
      expect(await a.listGroups()).not.toContain(GROUP);
      expect((await a.topicShapes([TOPIC])).get(TOPIC)).toEqual({ partitions: 2, replicationFactor: 1 });
      expect((await a.cluster()).brokers).toBe(1);
    });
  });

  it('an unreachable broker fails (bounded retries, no hang), the cause in words', async () => {
    const admin = kafkaAdminClient({ brokers: ['127.0.0.1:1'], ssl: false });
    const err = await admin.listTopics().then(() => undefined, (e: unknown) => e);
    await admin.close();
    expect(describeError(err)).toBe('connection refused');
  });
});
