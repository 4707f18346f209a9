/**
 * The connector settings as the docs show them: read off the connectors the stacks build, each
 * property with the reason its builder gives (constructs/connect/), secrets as placeholders. Nothing
 * about a setting is written here: a property cannot reach a connector without its reason.
 */
import { Connector } from '../../constructs/connect/connector';
import { isWorkerSecret } from '../../constructs/connect/worker-secrets';
import { EnvironmentStack } from './pipeline';
import { withPlaceholders } from './render';

export type ConnectorKind = 'source' | 'sink' | 'supervisor';

export interface DocumentedSetting {
  /** the property as exported (a secret in its name as `<secret:NAME>`) */
  readonly key: string;
  readonly value: string;
  readonly why: string;
}

export interface DocumentedConnector {
  readonly name: string;
  readonly settings: readonly DocumentedSetting[];
}

export function connectorsOf(e: EnvironmentStack, kind: ConnectorKind): Connector[] {
  return kind === 'source' ? e.stack.connect.sources : kind === 'sink' ? e.stack.connect.sinks : [e.stack.connect.supervisor];
}

export function documentedConnectors(e: EnvironmentStack, kind: ConnectorKind): DocumentedConnector[] {
  return connectorsOf(e, kind).map((c) => {
    const where = `${e.name}/${c.spec.name.value}`;
    return {
      name: c.spec.name.value,
      settings: c.settings.map((s) => {
        const key = withPlaceholders(s.key, `${where} key`);
        // a worker secret reference is what Connect gets and shows: documented as it is
        const value = isWorkerSecret(s.value) ? s.value : withPlaceholders(s.value, `${where} '${s.key}'`);
        return { key, value, why: s.why };
      }),
    };
  });
}

/**
 * One reason per row of the docs: every connector of a kind, in every environment, must give the
 * same reason for the same property (a reason may not depend on the environment or the flow).
 */
export function reasonsByKey(envs: readonly EnvironmentStack[], kind: ConnectorKind): Map<string, string> {
  const out = new Map<string, { why: string; from: string }>();
  for (const e of envs)
    for (const c of documentedConnectors(e, kind))
      for (const s of c.settings) {
        const seen = out.get(s.key);
        if (seen && seen.why !== s.why)
          throw new Error(`docs: the ${kind} property '${s.key}' has two reasons (${seen.from}: "${seen.why}"; ${e.name}/${c.name}: "${s.why}"): a reason must not depend on the environment or the flow`);
        if (!seen) out.set(s.key, { why: s.why, from: `${e.name}/${c.name}` });
      }
  return new Map([...out].map(([k, v]) => [k, v.why]));
}
