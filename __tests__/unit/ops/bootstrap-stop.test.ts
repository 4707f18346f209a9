import { preflightStop } from '../../../scripts/ops/bootstrap';
import { Check } from '../../../scripts/ops/checks';

/** When preflight stops bootstrap, the fix it names is one that works. */
describe('bootstrap stopped at preflight', () => {
  const auto: Check = { area: 'warehouse', name: 'wal_level', status: 'fail', detail: 'replica: logical decoding needs logical', fix: "ALTER SYSTEM SET wal_level = 'logical'", autoFix: { sql: ["ALTER SYSTEM SET wal_level = 'logical'"], restart: true } };
  const manual: Check = { area: 'connect', name: 'plugin HashColumns', status: 'fail', detail: 'not installed', fix: 'install the connect-plugin jar' };

  it('offers preflight --fix only when it has something to apply', () => {
    expect(preflightStop('local', [auto])).toBe("bootstrap of 'local' stopped at preflight: warehouse wal_level: replica: logical decoding needs logical (fix: npx smart-cdc preflight local --fix)");
    expect(preflightStop('local', [manual])).toBe("bootstrap of 'local' stopped at preflight: connect plugin HashColumns: not installed (fix: as printed above for each, then re-run bootstrap)");
    expect(preflightStop('local', [auto, manual])).toMatch(/\(fix: npx smart-cdc preflight local --fix, and the rest as printed above\)$/);
  });
});
