import { changeRecordSchemas } from '../../../../constructs/connect/record-schemas';
import { carriedTypeOf, CARRIED_TYPES } from '../../../../constructs/connect/field-types';

describe('changeRecordSchemas', () => {
  const columns = {
    id: { ...carriedTypeOf('uuid'), optional: false },
    score: { ...carriedTypeOf('numeric(5,4)'), optional: true },
    at: { ...carriedTypeOf('timestamptz'), optional: false },
  };
  const s = changeRecordSchemas('smart.v1.w.ml.t', 'id', columns);

  it("names the schemas as Debezium does, so its unwrap recognises the envelope", () => {
    expect(s.key).toEqual({ type: 'struct', optional: false, name: 'smart.v1.w.ml.t.Key', fields: [{ field: 'id', type: 'string', optional: false, name: 'io.debezium.data.Uuid', version: 1 }] });
    expect(s.value.name).toBe('smart.v1.w.ml.t.Envelope');
    expect(s.value.fields!.map((f) => f.field)).toEqual(['before', 'after', 'op']);
  });

  it('gives the row after the change each column with its optionality, the row before all optional', () => {
    const [before, after] = s.value.fields!;
    expect(after).toMatchObject({ type: 'struct', optional: true, name: 'smart.v1.w.ml.t.Value' });
    expect(after.fields).toEqual([
      { field: 'id', type: 'string', optional: false, name: 'io.debezium.data.Uuid', version: 1 },
      { field: 'score', type: 'string', optional: true },
      { field: 'at', type: 'string', optional: false, name: 'io.debezium.time.ZonedTimestamp', version: 1 },
    ]);
    expect(before.fields!.every((f) => f.optional)).toBe(true);
  });

  it('refuses a key that is not carried', () => {
    expect(() => changeRecordSchemas('t', 'nope', columns)).toThrow("change records of 't': key column 'nope' is not carried");
  });

  it('knows every accepted type, dates and times as their Debezium logical types', () => {
    for (const t of CARRIED_TYPES) expect(() => changeRecordSchemas('t', 'c', { c: { ...carriedTypeOf(t), optional: true } })).not.toThrow();
    expect(carriedTypeOf('date')).toEqual({ type: 'INT32', logical: 'io.debezium.time.Date' });
    expect(carriedTypeOf('timestamp')).toEqual({ type: 'INT64', logical: 'io.debezium.time.MicroTimestamp' });
    expect(carriedTypeOf('integer')).toEqual({ type: 'INT32' });
  });
});
