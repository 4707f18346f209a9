import { lsnNumber, streamingOffset } from '../../../scripts/ops/resync';
import { initialSnapshotState } from '../../../scripts/ops/signals';

describe('resync: the offset the source streams from after the copy', () => {
  it("an LSN as PostgreSQL writes it is Debezium's number: high word × 2^32 + low word", () => {
    expect(lsnNumber('0/0')).toBe(0);
    expect(lsnNumber('1/41AEEAA8')).toBe(0x1_41aeeaa8);
    expect(lsnNumber('FF/FFFFFFFF')).toBe(0xff * 2 ** 32 + 0xffffffff);
    expect(() => lsnNumber('41AEEAA8')).toThrow("not an LSN: '41AEEAA8'");
  });

  it('is a streaming offset of the source partition: outside any snapshot, so the connector does not snapshot again', () => {
    const o = streamingOffset('smart.v1.warehouse', 5_396_949_672);
    expect(o.offsets[0].partition).toEqual({ server: 'smart.v1.warehouse' });
    expect(o.offsets[0].offset.lsn).toBe(5_396_949_672);
    expect(initialSnapshotState(o.offsets)).toEqual({ done: true, detail: 'streaming from LSN 5396949672' });
  });
});
