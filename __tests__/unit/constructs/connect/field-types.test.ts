import { connectTypeOf } from '../../../../constructs/connect/field-types';
import { SMART_CATALOGUE } from '../../../../catalogue/smart';

describe('connectTypeOf', () => {
  it('maps the catalogue types to the type Debezium writes them with', () => {
    expect(connectTypeOf('uuid')).toBe('STRING');
    expect(connectTypeOf('timestamptz')).toBe('STRING');
    expect(connectTypeOf('integer')).toBe('INT32');
    expect(connectTypeOf('date')).toBe('INT32');
    expect(connectTypeOf('numeric(5,4)')).toBe('BYTES');
    expect(connectTypeOf('boolean')).toBe('BOOLEAN');
    expect(connectTypeOf('jsonb')).toBe('STRING');
    expect(connectTypeOf('integer', true)).toBe('STRING');
  });

  it('knows every type of the catalogue, and names an unknown one', () => {
    for (const db of SMART_CATALOGUE.databases) for (const t of db.tables) for (const c of t.columns) expect(() => connectTypeOf(c.type)).not.toThrow();
    expect(() => connectTypeOf('geometry')).toThrow("catalogue type 'geometry' has no known Kafka Connect type");
  });
});
