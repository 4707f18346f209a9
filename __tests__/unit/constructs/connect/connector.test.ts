import { Testing, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { allSettings, Connector, connectorMaps, ConnectorSpec } from '../../../../constructs/connect/connector';
import { setting } from '../../../../constructs/connect/setting';

const spec = (over: Partial<ConnectorSpec> = {}): ConnectorSpec => ({
  name: { key: 'name', value: 'c1', why: 'the name' },
  connectorClass: { key: 'connector.class', value: 'x.Y', why: 'the class' },
  tasksMax: { key: 'tasks.max', value: '2', why: 'two tasks' },
  config: setting('topics', 't', 'one topic'),
  sensitive: setting('connection.password', '${var.p}', 'a secret'),
  ...over,
});

class TestConnector extends Connector {
  constructor(scope: Construct, s: ConnectorSpec) {
    super(scope, 'c', s);
  }
}

describe('connector spec', () => {
  it('puts connector.class and tasks.max from their own fields first, secrets apart', () => {
    const m = connectorMaps(spec());
    expect(m.config).toEqual({ 'connector.class': 'x.Y', 'tasks.max': '2', topics: 't' });
    expect(Object.keys(m.config).slice(0, 2)).toEqual(['connector.class', 'tasks.max']);
    expect(m.sensitive).toEqual({ 'connection.password': '${var.p}' });
    expect(allSettings(spec()).map((s) => s.key)).toEqual(['name', 'connector.class', 'tasks.max', 'topics', 'connection.password']);
  });

  it.each(['name', 'connector.class', 'tasks.max'])('refuses %s in the config map and in the sensitive map', (key) => {
    expect(() => connectorMaps(spec({ config: setting(key, 'other', 'override') }))).toThrow(`connector 'c1': '${key}' is set by the connector itself and may not appear in its config`);
    expect(() => connectorMaps(spec({ sensitive: setting(key, 'other', 'override') }))).toThrow(`'${key}' is set by the connector itself`);
  });

  it('refuses a tasks.max that is not a positive whole number', () => {
    for (const v of ['0', '-1', '1.5', 'many']) expect(() => connectorMaps(spec({ tasksMax: { key: 'tasks.max', value: v, why: 'w' } }))).toThrow(`connector 'c1': tasks.max must be a positive whole number, not '${v}'`);
  });

  it('refuses a property set twice, or both sensitive and not', () => {
    expect(() => connectorMaps(spec({ config: [...setting('topics', 'a', 'w'), ...setting('topics', 'b', 'w')] }))).toThrow("connector 'c1': property 'topics' is set twice");
    expect(() => connectorMaps(spec({ sensitive: setting('topics', 'x', 'w') }))).toThrow("connector 'c1': property 'topics' is both sensitive and not");
  });

  it('synthesizes one kafka-connect_connector with the name, the config and the secrets as an expression', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 's');
    const c = new TestConnector(stack, spec());
    const json = JSON.parse(Testing.synth(stack));
    const [r] = Object.values(json.resource['kafka-connect_connector']) as Array<Record<string, unknown>>;
    expect(r.name).toBe('c1');
    expect(r.config).toEqual({ 'connector.class': 'x.Y', 'tasks.max': '2', topics: 't', name: 'c1' });
    expect(r.config_sensitive).toBe('${{"connection.password" = var.p}}');
    expect(c.settings.every((s) => s.why)).toBe(true);
  });
});
