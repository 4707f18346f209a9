import { CatalogueView } from '../../../catalogue/derive';
import { SMART_CATALOGUE } from '../../../catalogue/smart';
import { copyBlocker, copySourceSql, copyUpsertSql, describeCopyError } from '../../../scripts/ops/bulk-copy';
import { loadContext } from '../../../scripts/ops/context';

const view = new CatalogueView(SMART_CATALOGUE);
const ctx = { view, env: loadContext('local', []).env };
const flow = (name: string) => view.flows.find((f) => f.name === name)!;

describe('bulk copy: the statements of each side', () => {
  it("the source query: the carried columns in the flow's order, SENSITIVE text hashed with the session's salt, the flow's rows only", () => {
    const sql = copySourceSql(ctx, flow('submission'));
    expect(sql).toBe(
      "SELECT id, citizen_id, category, payload, encode(sha256(convert_to(current_setting('smart_cdc.hash_salt') || free_text, 'UTF8')), 'hex'), submitted_at FROM portal.citizen_submission WHERE consent_research IN (true)",
    );
    // an origin-marked source: rows only the other side's sink wrote stay home, as a snapshot read lets them
    expect(copySourceSql(ctx, flow('profile_to_warehouse'))).toContain("WHERE cdc_origin IS DISTINCT FROM 'sink'");
    expect(copySourceSql(ctx, flow('recommendation'))).not.toContain('WHERE');
  });

  it("the target statement: the sink's upsert by the renamed key, every other carried column updated", () => {
    const sql = copyUpsertSql(ctx, flow('recommendation'));
    expect(sql).toBe(
      'INSERT INTO portal.recommendation (id, citizen_id, program_code, reason_code, priority) SELECT id, citizen_id, program_code, reason_code, priority FROM smart_cdc_bulk_copy ON CONFLICT (id) DO UPDATE SET citizen_id = EXCLUDED.citizen_id, program_code = EXCLUDED.program_code, reason_code = EXCLUDED.reason_code, priority = EXCLUDED.priority',
    );
  });

  it('a flow that hashes a column is refused without the salt, naming the flow, the column and the variable', () => {
    expect(copyBlocker(ctx, flow('submission'), undefined)).toBe(
      'flow submission carries free_text of portal.citizen_submission as a salted hash: set TF_VAR_hash_salt (the salt the sources hash with) for the bulk copy',
    );
    expect(copyBlocker(ctx, flow('submission'), 'a-salt-of-sixteen-chars')).toBeUndefined();
    expect(copyBlocker(ctx, flow('eligibility'), undefined)).toBeUndefined();
  });

  it("a database error is named by SQLSTATE, table, column and constraint, never by PostgreSQL's message (it may quote a value)", () => {
    const e = Object.assign(new Error('invalid input syntax for type uuid: "jane.doe@example.org"'), { code: '22P02', table: 'portal.citizen', column: 'id' });
    expect(describeCopyError(e)).toBe('SQLSTATE 22P02 on portal.citizen, column id');
    expect(describeCopyError(e)).not.toContain('jane');
    expect(describeCopyError(new Error('connect ECONNREFUSED 127.0.0.1:54322'))).toBe('connect ECONNREFUSED 127.0.0.1:54322');
  });

  it("a cancelled copy names PostgreSQL's reason and the copy's statement timeout, and never a text a function raised", () => {
    const timeout = Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' });
    expect(describeCopyError(timeout, 600_000)).toBe("SQLSTATE 57014 (canceling statement due to statement timeout; the copy's statement timeout is 600 s)");
    expect(describeCopyError(timeout)).toBe('SQLSTATE 57014 (canceling statement due to statement timeout)');
    const raised = Object.assign(new Error('no citizen jane.doe@example.org'), { code: '57014', table: 'portal.citizen' });
    expect(describeCopyError(raised, 60_000)).toBe("SQLSTATE 57014 (canceling statement; the copy's statement timeout is 60 s) on portal.citizen");
  });
});
