import { resolveDeep, resolveResource, resolveString, variablesFrom } from '../../../../scripts/tf-standin/resolve';

describe('terraform stand-in: expressions', () => {
  const scope = { vars: { pw: 'p"w', hash_salt: 'salty' } };

  it('resolves variables in values and map keys, and unescapes $${ and %%{', () => {
    expect(resolveDeep({ 'k.${var.hash_salt}': 'a ${var.pw} $${lit} %%{x}' }, scope, 't')).toEqual({ 'k.salty': 'a p"w ${lit} %{x}' });
  });

  it('evaluates an object constructor with template keys into a map', () => {
    const expr = '${{"database.password" = var.pw, "column.mask.hash.v2.SHA-256.with.salt.${var.hash_salt}" = "portal.t.c"}}';
    expect(resolveDeep(expr, scope, 't')).toEqual({ 'database.password': 'p"w', 'column.mask.hash.v2.SHA-256.with.salt.salty': 'portal.t.c' });
  });

  it('lets provisioners read the resource itself through self, and jsonencode it', () => {
    const body = { input: { url: 'http://r:${var.pw}' }, provisioner: [{ 'local-exec': { command: "x '${self.input.url}'", environment: { DOC: '${jsonencode(self.input)}' } } }] };
    const r = resolveResource(body, { pw: '1' }, 't') as { provisioner: Array<Record<string, { command: string; environment: { DOC: string } }>> };
    expect(r.provisioner[0]['local-exec'].command).toBe("x 'http://r:1'");
    expect(JSON.parse(r.provisioner[0]['local-exec'].environment.DOC)).toEqual({ url: 'http://r:1' });
  });

  it('names a variable without a value and the TF_VAR_ to set', () => {
    expect(() => resolveString('${var.nope}', scope, 'kafka_topic.x')).toThrow("kafka_topic.x: variable 'nope' has no value: set TF_VAR_nope");
  });

  it('refuses expressions it does not implement instead of guessing', () => {
    expect(() => resolveString('${aws_instance.x.id}', scope, 'r')).toThrow(/beyond this stand-in/);
    expect(() => resolveString('${upper(var.pw)}', scope, 'r')).toThrow(/beyond this stand-in/);
  });

  it('takes variables from TF_VAR_ and falls back to declared defaults', () => {
    expect(variablesFrom({ a: {}, b: { default: 'd' }, c: {} }, { TF_VAR_a: '1' })).toEqual({ a: '1', b: 'd' });
  });
});
