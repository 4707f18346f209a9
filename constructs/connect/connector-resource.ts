import { Construct } from 'constructs';
import { DataResource, ITerraformDependable } from 'cdktf';

import { Connector } from '../../.gen/providers/kafka-connect/connector';
import { escapeDeep, escapeTemplate } from '../terraform/literal';
import { sensitiveMapExpression } from '../terraform/sensitive-map';

export interface ConnectorResourceProps {
  readonly name: string;
  /** connector configuration; must not hold secrets */
  readonly config: Record<string, string>;
  /** secret-bearing configuration: masked by the provider in plans and state output */
  readonly sensitive: Record<string, string>;
  readonly dependsOn?: ITerraformDependable[];
}

/** The `kafka-connect_connector` resource of one connector (generated `Mongey/kafka-connect` binding). */
export function connectorResource(scope: Construct, id: string, p: ConnectorResourceProps): Connector {
  return new Connector(scope, id, {
    name: p.name,
    // literal: worker secret references are `${provider:dir:name}`, which Terraform would read as templates
    config: escapeDeep({ ...p.config, name: p.name }),
    configSensitive: sensitiveMapExpression(p.sensitive),
    dependsOn: p.dependsOn,
  });
}

export interface ConnectEndpoint {
  readonly url: string;
  readonly username?: string;
  /** `${var.…}` reference */
  readonly password?: string;
}

/**
 * On `cdktf destroy`, before the provider deletes the connector: stop it and delete its offsets
 * (Connect ≥3.6 offsets API), so a later deploy under the same name starts afresh — with a new
 * slot, a new snapshot, and sink consumer groups from the start of the new topics — instead of
 * resuming from positions that no longer exist. Destroy-time provisioners may read only `self`:
 * the endpoint is the resource's input.
 */
export function connectorOffsetsReset(scope: Construct, id: string, connector: Connector, connect: ConnectEndpoint): DataResource {
  const input: Record<string, string> = {
    SMART_CDC_CONNECT_URL: connect.url.replace(/\/+$/, ''),
    SMART_CDC_CONNECTOR: connector.nameInput!,
    ...(connect.username ? { SMART_CDC_CONNECT_USER: connect.username } : {}),
    ...(connect.password ? { SMART_CDC_CONNECT_PASSWORD: connect.password } : {}),
  };
  return new DataResource(scope, id, {
    input,
    dependsOn: [connector],
    provisioners: [
      {
        type: 'local-exec',
        when: 'destroy',
        command: escapeTemplate(RESET_OFFSETS),
        environment: Object.fromEntries(Object.keys(input).map((k) => [k, `\${self.input.${k}}`])),
      },
    ],
  });
}

// A connector already gone (404) has nothing to reset; one that does not stop within 60 tries fails the destroy.
const RESET_OFFSETS = [
  'set -eu',
  'auth=""; [ -z "${SMART_CDC_CONNECT_USER:-}" ] || auth="$SMART_CDC_CONNECT_USER:${SMART_CDC_CONNECT_PASSWORD:-}"',
  'c() { if [ -n "$auth" ]; then curl -fsS -u "$auth" "$@"; else curl -fsS "$@"; fi; }',
  'u="$SMART_CDC_CONNECT_URL/connectors/$SMART_CDC_CONNECTOR"',
  // 409 while the worker group rebalances (several connectors stop at once): retry
  'retry() { for i in $(seq 60); do "$@" && return 0; sleep 1; done; return 1; }',
  // only a 404 means the connector is already gone; anything else is asked again
  'code() { if [ -n "$auth" ]; then curl -sS -o /dev/null -w "%{http_code}" -u "$auth" "$u"; else curl -sS -o /dev/null -w "%{http_code}" "$u"; fi; }',
  'answered() { s="$(code)" || return 1; [ "$s" = 200 ] || [ "$s" = 404 ]; }',
  'retry answered',
  '[ "$s" != 404 ] || exit 0',
  'retry c -o /dev/null -X PUT "$u/stop"',
  'stopped() { c "$u/status" | grep -q \'"connector":{"state":"STOPPED"\'; }',
  'retry stopped',
  // a stopping task may still commit a last offset: delete until Connect reports none left
  'cleared() { c "$u/offsets" | grep -qF \'"offsets":[]\'; }',
  'reset() { c -o /dev/null -X DELETE "$u/offsets" || true; sleep 2; cleared; }',
  'retry reset',
].join('\n');
