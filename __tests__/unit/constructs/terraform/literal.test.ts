import { execFileSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Tokenization } from 'cdktf';
import { escapeDeep, escapeTemplate } from '../../../../constructs/terraform/literal';
import { sensitiveMapExpression } from '../../../../constructs/terraform/sensitive-map';

/** Evaluates a JSON-syntax Terraform string with real Terraform (`terraform console`, offline). */
function evaluate(expr: string, vars: Record<string, string> = {}): unknown {
  const dir = mkdtempSync(join(tmpdir(), 'tf-literal-'));
  const variable = Object.fromEntries(Object.keys(vars).map((k) => [k, { type: 'string', sensitive: true }]));
  writeFileSync(join(dir, 'main.tf.json'), JSON.stringify({ ...(Object.keys(vars).length ? { variable } : {}), locals: { v: expr } }));
  const env = { ...process.env, ...Object.fromEntries(Object.entries(vars).map(([k, v]) => [`TF_VAR_${k}`, v])) };
  const out = execFileSync('terraform', [`-chdir=${dir}`, 'console'], { input: 'nonsensitive(jsonencode(local.v))\n', env, encoding: 'utf8', stdio: ['pipe', 'pipe', 'ignore'] });
  return JSON.parse(JSON.parse(out.trim()));
}

describe('terraform literals', () => {
  it('escapes template sequences so Terraform keeps them literal', () => {
    expect(escapeTemplate('a ${b} %{c} $$d')).toBe('a $${b} %%{c} $$d');
    expect(escapeDeep({ 'k${x}': ['${y}'] })).toEqual({ 'k$${x}': ['$${y}'] });
    expect(evaluate(escapeTemplate('do $$ ${x} %{y}'))).toBe('do $$ ${x} %{y}');
  });
});

describe('sensitive map expression', () => {
  const raw = (m: Record<string, string>) => Tokenization.reverseMap(sensitiveMapExpression(m)!)!.resolve({} as never) as string;

  it('is one object expression whose keys may hold variables, evaluated by Terraform', () => {
    const expr = raw({ 'database.password': '${var.pw}', 'k.${var.salt}': 'a "quoted" \\ value' });
    expect(expr.startsWith('${{') && expr.endsWith('}}')).toBe(true);
    expect(expr).toContain('"database.password" = var.pw');
    expect(evaluate(expr, { pw: 'P', salt: 'S' })).toEqual({ 'database.password': 'P', 'k.S': 'a "quoted" \\ value' });
  });

  it('writes nothing for an empty map', () => {
    expect(sensitiveMapExpression({})).toBeUndefined();
    expect(sensitiveMapExpression(undefined)).toBeUndefined();
  });
});
