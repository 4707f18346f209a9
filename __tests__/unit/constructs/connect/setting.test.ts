import { setting, toConfig } from '../../../../constructs/connect/setting';

describe('connector settings', () => {
  it('is one property with its value as a string and its reason, or none when the value is undefined', () => {
    expect(setting('batch.size', 500, 'Rows per write.')).toEqual([{ key: 'batch.size', value: '500', why: 'Rows per write.' }]);
    expect(setting('delete.enabled', false, 'Deletes are ignored.')[0].value).toBe('false');
    expect(setting('database.password', undefined, 'Sensitive variable.')).toEqual([]);
  });

  it('refuses a property without a reason', () => {
    expect(() => setting('snapshot.fetch.size', 1000, '  ')).toThrow("connector setting 'snapshot.fetch.size': needs a reason");
  });

  it('builds a configuration map and refuses a key set twice instead of letting the later one win', () => {
    expect(toConfig([...setting('a', 1, 'r'), ...setting('b', 2, 'r')], 'c')).toEqual({ a: '1', b: '2' });
    expect(() => toConfig([...setting('a', 1, 'r'), ...setting('a', 2, 'r')], "connector 'c'")).toThrow("connector 'c': property 'a' is set twice");
  });
});
