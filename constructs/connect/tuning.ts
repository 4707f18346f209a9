import { Tuning } from '../../environments/schema';
import { setting, Setting } from './setting';

/*
 * Throughput and latency properties of the connectors, derived from the environment's `tuning`.
 * Each carries its reason; the figures behind the defaults are in the strategy document
 * ("Throughput and latency"), measured with `npm run bench:pipeline`.
 */

const set = (key: string, value: string | number, why: string): Setting => setting(key, value, why)[0];

/** Debezium source batching and its Connect producer. */
export function sourceTuning(t: Tuning): Setting[] {
  return [
    set('max.batch.size', t.source.maxBatchSize, 'Change events handed to Connect per poll. Debezium\'s default is four times as many: they hold more memory, and the pipeline benchmark showed no CPU saved per row.'),
    set('max.queue.size', t.source.maxQueueSize, 'Events buffered between the WAL reader and Connect: four batches (Debezium requires more than one), so the reader keeps decoding while Connect converts and sends.'),
    set('poll.interval.ms', t.source.pollIntervalMs, 'How long the source waits for change events when its queue holds fewer than a batch: below full batches, every change waits up to this long. Debezium\'s 500 ms delays every change on a quiet database by up to that long; 20 ms halved the p99 latency at 1,000 rows/s against 50 ms (pipeline benchmark), at about 30 ms of idle CPU per second per source; 10 ms cut it further but cost more than twice that idle CPU.'),
    set('producer.override.linger.ms', t.producer.lingerMs, 'The producer waits this long to fill a batch: 5 ms (Kafka 4\'s default, stated) adds little latency; a longer wait saves little CPU per row and adds up to that wait to every quiet-time change.'),
    set('producer.override.batch.size', t.producer.batchBytes, 'Bytes per producer batch per partition (Kafka default 16 KiB): large batches compress better and need fewer requests.'),
    ...recordSizeTuning(t),
    set('producer.override.compression.type', t.producer.compression, 'Change records repeat the same field names and the same `smart.cdc.schema` header in every record (when they still carried inline schemas, 3.7 KB a row of ml.recommendation, lz4 batches cut the broker\'s CPU per row by half and Connect\'s by a fifth): fewer bytes to send, fetch, copy and keep on disk.'),
  ];
}

/**
 * Room the values of one change may take in its record: the bound less what the envelope, its schema
 * and headers take around them (a generous 256 KiB).
 */
export const maxValuesBytes = (t: Tuning): number => t.producer.maxRecordBytes - 262_144;

/** The record size bound, on the producer of a connector (a source's changes, a sink's parked records). */
function recordSizeTuning(t: Tuning): Setting[] {
  return [
    set(
      'producer.override.max.request.size',
      t.producer.maxRecordBytes,
      "The largest record the connector's producer sends (Kafka's default is 1 MiB): a row with a few megabytes of text or jsonb is an ordinary change, and a record over the bound would stop the source at it. Larger values are left out by `ExactValues` and the change parked, never dropped.",
    ),
  ];
}

/** JDBC sink batching and its Connect consumer. */
export function sinkTuning(t: Tuning): Setting[] {
  return [
    ...recordSizeTuning(t),
    set('batch.size', t.sink.batchSize, 'Rows per JDBC batch (one transaction per batch): against 500, a burst is written in an eighth of the round trips and commits, which costs less CPU per row in the target database and Connect (the pipeline benchmark).'),
    set('consumer.override.max.poll.records', t.sink.batchSize, 'The JDBC sink\'s `batch.size` is capped by the records one poll returns: kept equal to it.'),
    set('consumer.override.max.partition.fetch.bytes', t.sink.maxPartitionFetchBytes, 'Bytes fetched per partition and request (Kafka default 1 MiB, fewer records than one batch): one fetch fills a whole batch.'),
    set(
      'consumer.override.session.timeout.ms',
      t.sink.sessionTimeoutMs,
      "A sink consumer closed while Kafka was away never said goodbye, and its successor waits until the group drops it: with Kafka's 45 s default a sink can be held back nearly that long after a Kafka outage; 10 s bounds that wait. Heartbeats run on their own thread, so a long JDBC batch does not count against it.",
    ),
    set(
      'use.reduction.buffer',
      'true',
      'One change per row and batch (the latest): with `reWriteBatchedInserts` a batch is one multi-row `INSERT … ON CONFLICT`, which PostgreSQL rejects when two rows share a key ("cannot affect row a second time"), as a row changed twice within a batch, or redelivered after a crash, does.',
    ),
  ];
}

/**
 * pgjdbc's batched-insert rewriting: a JDBC batch of single-row upserts is sent as multi-row
 * INSERT … ON CONFLICT statements, one round trip and one statement execution per many rows.
 * `stringtype=unspecified`: a value that travels as a string (numeric, interval, inet, …) is sent
 * untyped, so PostgreSQL reads it with the target column's own input function, as `psql` would.
 */
export const JDBC_URL_OPTIONS = 'reWriteBatchedInserts=true&stringtype=unspecified';
