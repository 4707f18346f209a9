import { sensitiveMapExpression } from '../../../../constructs/bindings/kafka-connect';
import { escapeDeep, escapeTemplate } from '../../../../constructs/bindings/terraform-literal';
import { resolveDeep } from '../../../../scripts/tf-standin/resolve';

describe('kafka-connect binding', () => {
  it('writes config_sensitive as one object expression whose keys may hold variables', () => {
    const expr = sensitiveMapExpression({ 'database.password': '${var.pw}', 'k.${var.salt}': 'a "quoted" \\ value' })!;
    expect(expr.startsWith('${{') && expr.endsWith('}}')).toBe(true);
    expect(expr).toContain('"database.password" = var.pw');
    expect(resolveDeep(expr, { vars: { pw: 'P', salt: 'S' } }, 't')).toEqual({ 'database.password': 'P', 'k.S': 'a "quoted" \\ value' });
  });

  it('writes nothing for an empty map', () => {
    expect(sensitiveMapExpression({})).toBeUndefined();
    expect(sensitiveMapExpression(undefined)).toBeUndefined();
  });
});

describe('terraform literals', () => {
  it('escapes template sequences so Terraform keeps them literal', () => {
    expect(escapeTemplate('a ${b} %{c} $$d')).toBe('a $${b} %%{c} $$d');
    expect(escapeDeep({ 'k${x}': ['${y}'] })).toEqual({ 'k$${x}': ['$${y}'] });
    // and the stand-in reads them back as the original text
    expect(resolveDeep(escapeTemplate('do $$ ${x} %{y}'), { vars: {} }, 't')).toBe('do $$ ${x} %{y}');
  });
});
