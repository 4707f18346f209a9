import { describeParked, pgLsn, positionText, reasonOf } from '../../../scripts/ops/parked';

const envelope = (op: string) =>
  Buffer.from(JSON.stringify({ schema: {}, payload: { before: null, after: { insight_id: 'b1', explanation: 'secret words' }, source: { lsn: 35756192 }, op } }));

describe('parked records', () => {
  it('says why, from where and for which key — never the row', () => {
    const p = describeParked({
      offset: 3,
      timestamp: 0,
      key: Buffer.from(JSON.stringify({ schema: {}, payload: { insight_id: 'b1' } })),
      value: envelope('c'),
      headers: {
        '__connect.errors.topic': 'smart.v1.warehouse.ml.eligibility_insight',
        '__connect.errors.partition': '0',
        '__connect.errors.offset': '41',
        '__connect.errors.exception.class.name': 'smart.cdc.connect.ParkedRecordException',
        '__connect.errors.exception.message': 'SQLSTATE 23514 (check_violation) on portal.eligibility, constraint score_max',
      },
    });
    expect(p).toEqual({
      offset: 3,
      at: '1970-01-01T00:00:00.000Z',
      reason: 'SQLSTATE 23514 (check_violation) on portal.eligibility, constraint score_max',
      source: { topic: 'smart.v1.warehouse.ml.eligibility_insight', partition: 0, offset: 41, lsn: '0/22198A0' },
      key: { insight_id: 'b1' },
      op: 'c',
    });
    expect(JSON.stringify(p)).not.toContain('secret');
    expect(positionText(p)).toBe('smart.v1.warehouse.ml.eligibility_insight[0]@41, LSN 0/22198A0');
  });

  it('reads a change event the source wrote without an inline schema the same way', () => {
    const p = describeParked({
      offset: 4,
      timestamp: 0,
      key: Buffer.from(JSON.stringify({ insight_id: 'b2' })),
      value: Buffer.from(JSON.stringify({ before: null, after: { insight_id: 'b2' }, source: { lsn: 4294967296 }, op: 'u' })),
      headers: { '__connect.errors.topic': 't', '__connect.errors.partition': '0', '__connect.errors.offset': '1' },
    });
    expect(p).toMatchObject({ key: { insight_id: 'b2' }, op: 'u', source: { lsn: '1/0' } });
  });

  it('names a converter or transform failure by class and stage only: its message may quote the record', () => {
    expect(reasonOf({ '__connect.errors.exception.class.name': 'org.apache.kafka.connect.errors.DataException', '__connect.errors.exception.message': 'bad value secret', '__connect.errors.stage': 'VALUE_CONVERTER' })).toBe(
      'DataException in stage VALUE_CONVERTER',
    );
    expect(pgLsn(undefined)).toBeUndefined();
    expect(pgLsn('4294967296')).toBe('1/0');
  });
});
