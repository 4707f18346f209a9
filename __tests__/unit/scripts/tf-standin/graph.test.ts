import { resourcesInOrder } from '../../../../scripts/tf-standin/graph';

describe('terraform stand-in: dependency order', () => {
  it('applies dependencies first, keeping declaration order otherwise', () => {
    const order = resourcesInOrder({
      resource: {
        connector: { c: { depends_on: ['topic.t', 'slot.s'] } },
        topic: { t: {} },
        slot: { s: { depends_on: ['sql.p'] } },
        sql: { p: {} },
      },
    }).map((r) => r.address);
    expect(order).toEqual(['topic.t', 'sql.p', 'slot.s', 'connector.c']);
  });

  it('names a dependency that does not exist and a cycle', () => {
    expect(() => resourcesInOrder({ resource: { a: { x: { depends_on: ['b.y'] } } } })).toThrow('a.x: depends on unknown b.y');
    expect(() => resourcesInOrder({ resource: { a: { x: { depends_on: ['a.y'] }, y: { depends_on: ['a.x'] } } } })).toThrow(/dependency cycle/);
  });
});
