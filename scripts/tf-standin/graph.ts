/** Resources of a synthesized stack, in dependency order (depends_on), stable within a level. */
export interface Resource {
  readonly type: string;
  readonly name: string;
  readonly address: string;
  readonly body: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export function resourcesInOrder(stack: { resource?: Record<string, Record<string, Record<string, unknown>>> }): Resource[] {
  const all: Resource[] = [];
  for (const [type, byName] of Object.entries(stack.resource ?? {}))
    for (const [name, body] of Object.entries(byName)) all.push({ type, name, address: `${type}.${name}`, body });
  const byAddress = new Map(all.map((r) => [r.address, r]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const ordered: Resource[] = [];
  const visit = (r: Resource) => {
    if (done.has(r.address)) return;
    if (visiting.has(r.address)) throw new Error(`dependency cycle through ${r.address}`);
    visiting.add(r.address);
    for (const d of (r.body.depends_on as string[] | undefined) ?? []) {
      const dep = byAddress.get(d);
      if (!dep) throw new Error(`${r.address}: depends on unknown ${d}`);
      visit(dep);
    }
    visiting.delete(r.address);
    done.add(r.address);
    ordered.push(r);
  };
  all.forEach(visit);
  return ordered;
}
