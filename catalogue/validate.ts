import { Catalogue, COLUMN_CLASSES, FlowDef } from './model';
import { ORIGIN_COLUMN, qualified } from './derive';

export class CatalogueError extends Error {
  constructor(readonly problems: string[]) {
    super(`pipeline catalogue is inconsistent:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CatalogueError';
  }
}

/**
 * Structural consistency of the catalogue: every name a flow or reader uses exists, keys map to
 * keys, each field has one owner. Masking rules are checked separately by the masking gate Aspect,
 * on the synthesized connector configurations.
 */
export function catalogueProblems(cat: Catalogue): string[] {
  const p: string[] = [];
  if (!/^\d+\.\d+\.\d+$/.test(cat.version)) p.push(`version: '${cat.version}' is not semver (x.y.z)`);

  const tables = new Map<string, Map<string, { cls: string; pk: boolean }>>();
  const dbIds = new Set<string>();
  const dbNames = new Set<string>();
  for (const db of cat.databases) {
    // the id goes into slot, publication, connector and topic names
    if (!/^[a-z][a-z0-9_]*$/.test(db.id)) p.push(`database '${db.id}': id must be lower_snake`);
    if (dbIds.has(db.id)) p.push(`database '${db.id}': id is used twice`);
    if (dbNames.has(db.name)) p.push(`database '${db.id}': name '${db.name}' is used twice`);
    dbIds.add(db.id);
    dbNames.add(db.name);
    for (const t of db.tables) {
      const key = `${db.id}:${qualified(t)}`;
      if (tables.has(key)) p.push(`database '${db.id}': table '${qualified(t)}' is defined twice`);
      const cols = new Map<string, { cls: string; pk: boolean }>();
      for (const c of t.columns) {
        if (cols.has(c.name)) p.push(`table '${qualified(t)}': column '${c.name}' is defined twice`);
        if (!COLUMN_CLASSES.includes(c.class)) p.push(`column '${qualified(t)}.${c.name}': unknown class '${c.class}'`);
        if (c.name === ORIGIN_COLUMN) p.push(`column '${qualified(t)}.${c.name}': name is reserved for loop prevention`);
        if (!db.internalHome && c.class === 'INTERNAL')
          p.push(`column '${qualified(t)}.${c.name}': INTERNAL columns live only in a database marked internalHome (${cat.databases.filter((d) => d.internalHome).map((d) => d.id).join(', ') || 'none'}), not in '${db.id}'`);
        cols.set(c.name, { cls: c.class, pk: !!c.primaryKey });
      }
      if ([...cols.values()].filter((c) => c.pk).length !== 1) p.push(`table '${qualified(t)}': needs exactly one primary-key column`);
      tables.set(key, cols);
    }
  }

  const ids = new Set<number>();
  const names = new Set<string>();
  const readBy = new Map<string, string>();
  for (const f of cat.flows) {
    const where = `flow ${f.id} '${f.name}'`;
    if (ids.has(f.id)) p.push(`${where}: id ${f.id} is used twice`);
    if (names.has(f.name)) p.push(`${where}: name is used twice`);
    if (!/^[a-z][a-z0-9_]*$/.test(f.name)) p.push(`${where}: name must be lower_snake`);
    ids.add(f.id);
    names.add(f.name);
    if (f.source.database === f.target.database) p.push(`${where}: source and target are the same database`);
    const src = tables.get(`${f.source.database}:${f.source.table}`);
    const dst = tables.get(`${f.target.database}:${f.target.table}`);
    if (!src) p.push(`${where}: unknown source table '${f.source.table}' in '${f.source.database}'`);
    if (!dst) p.push(`${where}: unknown target table '${f.target.table}' in '${f.target.database}'`);
    const srcKey = `${f.source.database}:${f.source.table}`;
    if (readBy.has(srcKey)) p.push(`${where}: source table '${f.source.table}' is already read by flow '${readBy.get(srcKey)}'`);
    readBy.set(srcKey, f.name);
    if (!src || !dst) continue;
    const targets = new Set<string>();
    for (const [from, to] of Object.entries(f.fields)) {
      if (!src.has(from)) p.push(`${where}: field '${from}' is not a column of ${f.source.table}`);
      if (!dst.has(to)) p.push(`${where}: field '${from}' maps to '${to}', not a column of ${f.target.table}`);
      if (targets.has(to)) p.push(`${where}: target column '${to}' is mapped twice`);
      targets.add(to);
      if (src.get(from)?.pk && !dst.get(to)?.pk) p.push(`${where}: source key '${from}' must map to the target key`);
    }
    const srcPk = [...src.entries()].find(([, c]) => c.pk)?.[0];
    if (srcPk && !(srcPk in f.fields)) p.push(`${where}: source key '${srcPk}' is not mapped`);
    if (f.filter && !src.has(f.filter.column)) p.push(`${where}: filter column '${f.filter.column}' is not a column of ${f.source.table}`);
    if (f.filter && f.filter.in.length === 0) p.push(`${where}: filter on '${f.filter.column}' allows no value`);
    for (const s of f.shared ?? []) {
      for (const c of [s.column, s.versionColumn])
        if (!(c in f.fields)) p.push(`${where}: shared field '${c}' is not among the flow's fields`);
    }
  }
  p.push(...ownershipProblems(cat.flows, (db, t, c) => !!tables.get(`${db}:${t}`)?.get(c)?.pk));

  for (const r of cat.readers) {
    const db = cat.databases.find((d) => d.id === r.database);
    if (!db) {
      p.push(`reader '${r.name}': unknown database '${r.database}'`);
      continue;
    }
    const own = db.tables.map(qualified);
    if (r.tables !== '*') for (const t of r.tables) if (!own.includes(t)) p.push(`reader '${r.name}': unknown table '${t}' in '${r.database}'`);
    const cols = new Set(db.tables.flatMap((t) => t.columns.map((c) => c.name)));
    for (const c of Object.keys(r.masks)) if (!cols.has(c)) p.push(`reader '${r.name}': mask for unknown column '${c}'`);
  }
  return p;
}

/**
 * Two flows writing each other's tables: a column one flow carries out of a table and the other
 * writes back into it must be the key or a declared last-writer-wins field; anything else has two owners.
 */
function ownershipProblems(flows: readonly FlowDef[], isKey: (db: string, table: string, col: string) => boolean): string[] {
  const p: string[] = [];
  for (const a of flows)
    for (const b of flows) {
      if (a.id >= b.id || a.source.table !== b.target.table || a.target.table !== b.source.table) continue;
      const shared = new Set([...(a.shared ?? []), ...(b.shared ?? [])].flatMap((s) => [s.column, s.versionColumn]));
      const carriedOut = new Set(Object.keys(a.fields));
      for (const written of Object.values(b.fields)) {
        if (!carriedOut.has(written) || shared.has(written) || isKey(a.source.database, a.source.table, written)) continue;
        p.push(`flows '${a.name}' and '${b.name}': field '${a.source.table}.${written}' is written from both sides but is not a shared field`);
      }
    }
  return p;
}

export function assertCatalogue(cat: Catalogue): void {
  const problems = catalogueProblems(cat);
  if (problems.length) throw new CatalogueError(problems);
}
