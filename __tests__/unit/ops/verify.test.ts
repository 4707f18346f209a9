import { CatalogueView } from '../../../catalogue/derive';
import { SMART_CATALOGUE } from '../../../catalogue/smart';
import { appOwnedSql, FlowVerdict, flowRowsSql, renderVerdicts, verifyExitCode } from '../../../scripts/ops/verify';

const view = new CatalogueView(SMART_CATALOGUE);
const flow = (name: string) => view.flows.find((f) => f.name === name)!;

const verdict = (over: Partial<FlowVerdict> = {}): FlowVerdict => ({
  flow: 'submission',
  source: 'citizen:portal.citizen_submission',
  target: 'warehouse:staging.citizen_submission',
  rows: { source: 3, target: 3 },
  equal: 3,
  missing: [],
  extra: [],
  different: [],
  kept: 0,
  behind: 0,
  unchecked: [],
  unlisted: 0,
  seconds: 0.1,
  ...over,
});

describe('verify: the queries each side runs', () => {
  it("the source side: the flow's filter, rows the other side's sink wrote left home, SENSITIVE columns as their salted hash", () => {
    const sql = flowRowsSql(view, flow('submission'), 'source', { salted: true });
    expect(sql).toMatch(/^SELECT id::text AS k, md5\(json_build_array\(/);
    expect(sql).toContain("encode(sha256(convert_to($1 || free_text, 'UTF8')), 'hex')");
    expect(sql).toContain('WHERE consent_research IN (true)');
    const profile = flowRowsSql(view, flow('profile_to_warehouse'), 'source', { salted: true });
    expect(profile).toContain("cdc_origin IS DISTINCT FROM 'sink'");
    expect(flowRowsSql(view, flow('profile_to_warehouse'), 'source', { salted: true, withEchoes: true })).not.toContain('cdc_origin');
  });

  it('the target side: the renamed columns, no filter, no salt; without a salt SENSITIVE columns are left out on both sides', () => {
    const sql = flowRowsSql(view, flow('submission'), 'target', { salted: true });
    expect(sql).toMatch(/^SELECT submission_id::text AS k, md5\(json_build_array\(submission_id::text, /);
    expect(sql).toContain('free_text::text');
    expect(sql).not.toContain('$1');
    expect(sql).not.toContain('WHERE');
    for (const side of ['source', 'target'] as const) expect(flowRowsSql(view, flow('submission'), side, { salted: false })).not.toContain('free_text');
    // every target row, whoever wrote it last (the generator found rows both applications wrote reported missing)
    expect(flowRowsSql(view, flow('profile_to_citizen'), 'target', { salted: true })).toMatch(/ FROM portal\.citizen$/);
    // portal.recommendation flows on into another table: every row of it is the flow's
    expect(flowRowsSql(view, flow('recommendation'), 'target', { salted: true })).toMatch(/ FROM portal\.recommendation$/);
  });

  it('the source side without the fields a flow passes on, on the rows the other side\'s sink wrote last', () => {
    const sql = flowRowsSql(view, flow('recommendation_feedback'), 'source', { salted: true, without: ['citizen_id'], where: "cdc_origin = 'sink-over-app'" });
    expect(sql).not.toContain('citizen_id');
    expect(sql).toContain("AND cdc_origin = 'sink-over-app'");
  });

  it('only origin-marked targets have application-owned rows', () => {
    expect(appOwnedSql(view, flow('submission'))).toBeUndefined();
    expect(appOwnedSql(view, flow('profile_to_citizen'))).toBe("SELECT id::text AS k FROM portal.citizen WHERE cdc_origin IS DISTINCT FROM 'sink' AND cdc_origin IS DISTINCT FROM 'sink-over-app'");
  });
});

describe('verify: verdicts', () => {
  it('exit 0 all equal (kept rows of deletes-ignore flows are no error), 1 any difference, 2 any flow not verified', () => {
    expect(verifyExitCode([verdict(), verdict({ kept: 4 }), verdict({ behind: 2 })])).toBe(0);
    expect(verifyExitCode([verdict(), verdict({ missing: ['k1'] })])).toBe(1);
    expect(verifyExitCode([verdict({ unlisted: 2 })])).toBe(1);
    expect(verifyExitCode([verdict({ different: ['k'] }), verdict({ error: 'citizen database at 127.0.0.1:54322: connection refused' })])).toBe(2);
  });

  it('names keys, at most --max-keys of them, and says which SENSITIVE columns it could not compare', () => {
    const text = renderVerdicts('local', [verdict({ different: ['a', 'b', 'c'], unchecked: ['free_text'] })], 2);
    expect(text).toContain('submission: 3 key(s) different in warehouse:staging.citizen_submission: a, b, …');
    expect(text).toContain('SENSITIVE column(s) free_text not compared (no TF_VAR_hash_salt to hash them with)');
    expect(text.split('\n').pop()).toBe('Targets differ from their sources (keys above; values are never printed).');
  });

  it('counts rows behind on passed-on fields apart, and says why they are no difference', () => {
    const text = renderVerdicts('local', [verdict({ flow: 'recommendation_feedback', equal: 1, behind: 2 })], 10);
    expect(text).toMatch(/recommendation_feedback\s+3\s+1\s+0\s+0\s+0\s+0\s+2\s+0\.1/);
    expect(text).toContain('recommendation_feedback: 2 row(s) behind, not counted as different');
    expect(text.split('\n').pop()).toBe('Every target equals its source.');
  });
});
