import { CARRIED_TYPES, connectTypeOf } from '../../../../constructs/connect/field-types';
import { SMART_CATALOGUE } from '../../../../catalogue/smart';

describe('connectTypeOf', () => {
  it('maps the catalogue types to the type Debezium writes them with', () => {
    expect(connectTypeOf('uuid')).toBe('STRING');
    expect(connectTypeOf('timestamptz')).toBe('STRING');
    expect(connectTypeOf('integer')).toBe('INT32');
    expect(connectTypeOf('date')).toBe('INT32');
    expect(connectTypeOf('numeric(5,4)')).toBe('STRING');
    expect(connectTypeOf('numeric')).toBe('STRING');
    expect(connectTypeOf('interval')).toBe('STRING');
    expect(connectTypeOf('real')).toBe('FLOAT32');
    expect(connectTypeOf('boolean')).toBe('BOOLEAN');
    expect(connectTypeOf('jsonb')).toBe('STRING');
    expect(connectTypeOf('integer', true)).toBe('STRING');
  });

  it('knows every type of the catalogue, and names an unknown one', () => {
    for (const db of SMART_CATALOGUE.databases) for (const t of db.tables) for (const c of t.columns) expect(() => connectTypeOf(c.type)).not.toThrow();
    expect(() => connectTypeOf('geometry')).toThrow("catalogue type 'geometry' has no known Kafka Connect type");
  });

  it('refuses, with the reason, a type no flow can carry exactly', () => {
    expect(() => connectTypeOf('timetz')).toThrow(/catalogue type 'timetz' cannot be carried exactly: .*converted to UTC/);
    expect(() => connectTypeOf('time with time zone')).toThrow(/cannot be carried exactly/);
    for (const t of ['bytea', 'text[]', 'integer[]', 'xml', 'money']) expect(() => connectTypeOf(t)).toThrow(new RegExp(`'${t.replace(/[[\]]/g, '\\$&')}' cannot be carried exactly: `));
  });

  it('lists one spelling of every accepted type for the round-trip test, each accepted', () => {
    for (const t of CARRIED_TYPES) expect(() => connectTypeOf(t)).not.toThrow();
  });
});
