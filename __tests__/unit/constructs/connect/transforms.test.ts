import { regexLiteral, renderTransforms, transformSettings } from '../../../../constructs/connect/transforms';

describe('typed SMT chains', () => {
  it('renders transforms in order with their typed options', () => {
    const out = renderTransforms([
      ['unwrap', { kind: 'unwrap', deletes: 'delete-to-tombstone' }, 'rows, not events'],
      ['select', { kind: 'replaceField', part: 'Value', include: ['a', 'b'], renames: { a: 'x', b: 'b' } }, 'the flow fields'],
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
    expect(renderTransforms([['key', { kind: 'replaceField', part: 'Key', renames: { id: 'id' } }, 'no-op']])).toEqual({});
    expect(renderTransforms([])).toEqual({});
  });

  it('drops sink echoes with the compiled project transform, by table and origin stamp; no tables, no transform', () => {
    const echo = { kind: 'dropSinkEchoes', tables: ['portal.citizen', 'portal.recommendation'], originColumn: 'cdc_origin', sinkValue: 'sink', sinkOverAppValue: 'sink-over-app' } as const;
    expect(renderTransforms([['f', echo, 'why']])).toEqual({
      transforms: 'f',
      'transforms.f.type': 'smart.cdc.connect.DropSinkEchoes',
      'transforms.f.tables': 'portal.citizen,portal.recommendation',
      'transforms.f.origin.column': 'cdc_origin',
      'transforms.f.sink.value': 'sink',
      'transforms.f.sink.over.app.value': 'sink-over-app',
    });
    expect(renderTransforms([['f', { ...echo, tables: [] }, 'why']])).toEqual({});
  });

  it('drops a topic with Kafka\'s Filter and a TopicNameMatches predicate named after the transform', () => {
    expect(renderTransforms([['drop', { kind: 'dropTopic', topicRegex: 'a\\.b' }, 'why']])).toEqual({
      transforms: 'drop',
      'transforms.drop.type': 'org.apache.kafka.connect.transforms.Filter',
      'transforms.drop.predicate': 'dropTopic',
      predicates: 'dropTopic',
      'predicates.dropTopic.type': 'org.apache.kafka.connect.transforms.predicates.TopicNameMatches',
      'predicates.dropTopic.pattern': 'a\\.b',
    });
  });

  it('gives every property a reason; the type says what the link is for, `transforms` what the chain is for', () => {
    const s = transformSettings(
      [
        ['drop', { kind: 'dropTopic', topicRegex: 'x' }, 'Signals have no consumer.'],
        ['f', { kind: 'dropSinkEchoes', tables: ['s.t'], originColumn: 'o', sinkValue: 'a', sinkOverAppValue: 'b' }, 'Loop prevention.'],
      ],
      'The chain.',
    );
    for (const x of s) expect(x.why).toMatch(/\w{3,}/);
    expect(s.find((x) => x.key === 'transforms')!.why).toBe('The chain.');
    expect(s.find((x) => x.key === 'transforms.drop.type')!.why).toMatch(/Signals have no consumer\.$/);
    expect(s.find((x) => x.key === 'transforms.f.type')!.why).toMatch(/Loop prevention\.$/);
  });

  it('hashes columns with the project transform, the salt as a value under a key Connect and Debezium mask; no columns, no transform', () => {
    const out = renderTransforms([['hash', { kind: 'hashColumns', columns: ['s.t.a', 's.t.b'], salt: '${secrets:/d:hash_salt}' }, 'SENSITIVE']]);
    expect(out).toEqual({
      transforms: 'hash',
      'transforms.hash.type': 'smart.cdc.connect.HashColumns',
      'transforms.hash.columns': 's.t.a,s.t.b',
      'transforms.hash.salt.password': '${secrets:/d:hash_salt}',
      'transforms.hash.algorithm': 'SHA-256',
    });
    expect(renderTransforms([['hash', { kind: 'hashColumns', columns: [], salt: '${secrets:/d:hash_salt}' }, 'SENSITIVE']])).toEqual({});
  });

  it('escapes names for Java regexes', () => {
    expect(regexLiteral('smart.v1.portal.citizen')).toBe('smart\\.v1\\.portal\\.citizen');
    expect(new RegExp(`^${regexLiteral('a.b')}$`).test('aXb')).toBe(false);
  });
});
