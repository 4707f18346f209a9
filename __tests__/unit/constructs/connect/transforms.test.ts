import { regexLiteral, renderTransforms } from '../../../../constructs/connect/transforms';

describe('typed SMT chains', () => {
  it('renders transforms in order with their typed options', () => {
    const out = renderTransforms([
      ['unwrap', { kind: 'unwrap', deletes: 'delete-to-tombstone' }],
      ['select', { kind: 'replaceField', part: 'Value', include: ['a', 'b'], renames: { a: 'x', b: 'b' } }],
    ]);
    expect(out).toEqual({
      transforms: 'unwrap,select',
      'transforms.unwrap.type': 'io.debezium.transforms.ExtractNewRecordState',
      'transforms.unwrap.delete.tombstone.handling.mode': 'delete-to-tombstone',
      'transforms.select.type': 'org.apache.kafka.connect.transforms.ReplaceField$Value',
      'transforms.select.include': 'a,b',
      'transforms.select.renames': 'a:x',
    });
  });

  it('leaves out a ReplaceField with nothing to do, and renders nothing for an empty chain', () => {
    expect(renderTransforms([['key', { kind: 'replaceField', part: 'Key', renames: { id: 'id' } }]])).toEqual({});
    expect(renderTransforms([])).toEqual({});
  });

  it('lets tombstones through the Groovy filter', () => {
    const out = renderTransforms([['f', { kind: 'groovyFilter', condition: 'value.after == null', topicRegex: 't' }]]);
    expect(out['transforms.f.null.handling.mode']).toBe('keep');
    expect(out['transforms.f.language']).toBe('jsr223.groovy');
  });

  it('escapes names for Java regexes', () => {
    expect(regexLiteral('smart.v1.portal.citizen')).toBe('smart\\.v1\\.portal\\.citizen');
    expect(new RegExp(`^${regexLiteral('a.b')}$`).test('aXb')).toBe(false);
  });
});
