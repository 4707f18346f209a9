import { CatalogueView } from '../../../catalogue/derive';
import { SMART_CATALOGUE } from '../../../catalogue/smart';
import { dropsTopic, incrementalSnapshotTables, initialSnapshotState, listMatches, patchText, signalConfigPatch, signalProblems, replaySignalData, snapshotSignalData } from '../../../scripts/ops/signals';

const view = new CatalogueView(SMART_CATALOGUE);
const at = (offset: Record<string, unknown>) => [{ offset }];

describe('ops: Debezium offsets and signals', () => {
  it('says when the initial snapshot is done, from the committed source offset', () => {
    expect(initialSnapshotState([])).toEqual({ done: false, detail: 'no offset committed yet' });
    expect(initialSnapshotState(at({ lsn: 1, snapshot: 'INITIAL', last_snapshot_record: false, snapshot_completed: false })).done).toBe(false);
    expect(initialSnapshotState(at({ lsn: 1, snapshot: 'INITIAL', last_snapshot_record: true, snapshot_completed: false })).done).toBe(true);
    expect(initialSnapshotState(at({ lsn: 1, snapshot: true, last_snapshot_record: false })).done).toBe(false);
    expect(initialSnapshotState(at({ lsn_proc: 7, lsn: 7, txId: 3, messageType: 'COMMIT' }))).toEqual({ done: true, detail: 'streaming from LSN 7' });
    expect(initialSnapshotState(at({ lsn: 9, snapshot: 'INCREMENTAL', snapshot_completed: false })).done).toBe(true);
  });

  it('reads the tables an incremental snapshot is still reading', () => {
    const collections = JSON.stringify([{ incremental_snapshot_collections_id: 'ml.eligibility_insight', incremental_snapshot_collections_additional_condition: "(status IN ('published'))" }]);
    expect(incrementalSnapshotTables(at({ snapshot: 'INCREMENTAL', incremental_snapshot_collections: collections }))).toEqual(['ml.eligibility_insight']);
    expect(incrementalSnapshotTables(at({ lsn: 1 }))).toEqual([]);
  });

  it('builds the execute-snapshot signal, with the flow filter as additional-conditions', () => {
    expect(JSON.parse(snapshotSignalData(view, 'warehouse', 'ml.recommendation'))).toEqual({ 'data-collections': ['ml.recommendation'], type: 'incremental' });
    expect(JSON.parse(snapshotSignalData(view, 'warehouse', 'ml.eligibility_insight'))).toEqual({
      'data-collections': ['ml.eligibility_insight'],
      type: 'incremental',
      'additional-conditions': [{ 'data-collection': 'ml.eligibility_insight', filter: "status IN ('published')" }],
    });
    expect(JSON.parse(snapshotSignalData(view, 'citizen', 'portal.citizen_submission'))['additional-conditions'][0].filter).toBe('consent_research IN (true)');
  });

  it('matches Debezium regex lists in full', () => {
    expect(listMatches('ml\\.recommendation\\.rank,cdc\\.debezium_signal\\..*', 'cdc.debezium_signal.type')).toBe(true);
    expect(listMatches('ml\\.recommendation\\.rank', 'ml.recommendation.rank_x')).toBe(false);
    expect(listMatches('(broken', 'x')).toBe(false);
  });

  const deployed = {
    'topic.prefix': 'smart.v1.warehouse',
    'signal.enabled.channels': 'source',
    'signal.data.collection': 'cdc.debezium_signal',
    'column.include.list': 'ml\\.recommendation\\.recommendation_id,ml\\.recommendation\\.rank',
    transforms: 'dropSinkEchoes',
    'transforms.dropSinkEchoes.type': 'smart.cdc.connect.DropSinkEchoes',
  };

  it('finds why a source would ignore a signal or block on the signal topic (as found on the local runtime)', () => {
    const problems = signalProblems(deployed, false).map((p) => p.property);
    expect(problems).toEqual(['column.include.list', 'transforms']);
    expect(signalProblems(deployed, true).map((p) => p.property)).toEqual(['column.include.list']);
    expect(signalProblems({ ...deployed, 'signal.enabled.channels': 'kafka' }, true).map((p) => p.property)).toContain('signal.enabled.channels');
  });

  it('patches exactly the properties that make it work, and the patch is sufficient and idempotent', () => {
    const patch = signalConfigPatch(deployed);
    expect(patch).toEqual({
      'column.include.list': 'ml\\.recommendation\\.recommendation_id,ml\\.recommendation\\.rank,cdc\\.debezium_signal\\.id,cdc\\.debezium_signal\\.type,cdc\\.debezium_signal\\.data',
      transforms: 'dropSignals,dropSinkEchoes',
      'transforms.dropSignals.type': 'org.apache.kafka.connect.transforms.Filter',
      'transforms.dropSignals.predicate': 'isSignalTopic',
      predicates: 'isSignalTopic',
      'predicates.isSignalTopic.type': 'org.apache.kafka.connect.transforms.predicates.TopicNameMatches',
      'predicates.isSignalTopic.pattern': 'smart\\.v1\\.warehouse\\.cdc\\.debezium_signal',
    });
    const patched = { ...deployed, ...patch };
    expect(signalProblems(patched, false)).toEqual([]);
    expect(signalConfigPatch(patched)).toEqual({});
    expect(dropsTopic(patched, 'smart.v1.warehouse.cdc.debezium_signal')).toBe(true);
    expect(dropsTopic(patched, 'smart.v1.warehouse.ml.recommendation')).toBe(false);
    expect(dropsTopic({ ...patched, 'transforms.dropSignals.negate': 'true' }, 'smart.v1.warehouse.cdc.debezium_signal')).toBe(false);
    expect(patchText(deployed)).toContain('column.include.list += ,cdc\\.debezium_signal\\.id');
  });
});

describe('replaySignalData', () => {
  it('re-reads only the keys of a replay batch, within the flow filter', () => {
    const v = new CatalogueView(SMART_CATALOGUE);
    expect(JSON.parse(replaySignalData(v, 'warehouse', 'ml.eligibility_insight', 'b-1'))).toEqual({
      'data-collections': ['ml.eligibility_insight'],
      type: 'incremental',
      'additional-conditions': [{ 'data-collection': 'ml.eligibility_insight', filter: "insight_id::text IN (SELECT cdc.replay_keys('b-1')) AND status IN ('published')" }],
    });
    expect(JSON.parse(replaySignalData(v, 'warehouse', 'ml.recommendation', 'b-2'))['additional-conditions'][0].filter).toBe("recommendation_id::text IN (SELECT cdc.replay_keys('b-2'))");
  });
});
