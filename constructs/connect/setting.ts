/**
 * A connector property written once, with its value and the reason it is what it is — as Debezium's
 * own `Field` definitions carry name, default and description together. The builders return lists
 * of settings; the configuration maps and the documentation are both read off them, so a property
 * cannot reach a connector undocumented.
 */
export interface Setting {
  readonly key: string;
  readonly value: string;
  readonly why: string;
}

/** One setting, or none when `value` is undefined (the property is not set). */
export function setting(key: string, value: string | number | boolean | undefined, why: string): Setting[] {
  if (value === undefined) return [];
  if (!why.trim()) throw new Error(`connector setting '${key}': needs a reason`);
  return [{ key, value: String(value), why }];
}

/** The configuration map of a list of settings; a key set twice is an error, never a silent override. */
export function toConfig(settings: readonly Setting[], where: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of settings) {
    if (s.key in out) throw new Error(`${where}: property '${s.key}' is set twice`);
    out[s.key] = s.value;
  }
  return out;
}

/**
 * Where a connector runs and as whom: one named shape for the database endpoint of a source or a sink
 * (the password is passed separately, as a `${var.…}` reference).
 */
export interface ConnectorDatabase {
  readonly host: string;
  readonly port: number;
  /** PostgreSQL database name */
  readonly name: string;
  readonly user: string;
  readonly sslmode: string;
  /** the CA's PEM file on the workers (verify-ca / verify-full) */
  readonly sslRootCert?: string;
}
