/** Pure text formatting of the operations CLI: tables, sizes, durations. */

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

/** 272 → "272 B", 1536 → "1.5 KiB". */
export function formatBytes(n: number | null | undefined): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '-';
  let v = Math.max(0, n);
  let u = 0;
  while (v >= 1024 && u < UNITS.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${Math.round(v)} B` : `${v.toFixed(v >= 100 ? 0 : 1)} ${UNITS[u]}`;
}

/**
 * "256MB", "1GiB", "512kB", "1048576" → bytes. Units are binary, as PostgreSQL reads them
 * (kB = 1024 B, MB = 1024 kB).
 */
export function parseSize(s: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kKmMgGtT]?)(i?[bB])?\s*$/.exec(s);
  if (!m) return undefined;
  const power = { '': 0, k: 1, m: 2, g: 3, t: 4 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g' | 't'];
  if (m[3] === undefined && m[2] === '' && /\./.test(m[1])) return undefined;
  return Math.round(Number(m[1]) * 1024 ** power);
}

/** 5 → "5s", 125 → "2m05s", 7300 → "2h01m", 90000 → "1d01h". */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || Number.isNaN(seconds)) return '-';
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (s < 3600) return `${Math.floor(s / 60)}m${pad(s % 60)}s`;
  if (s < 86400) return `${Math.floor(s / 3600)}h${pad(Math.floor((s % 3600) / 60))}m`;
  return `${Math.floor(s / 86400)}d${pad(Math.floor((s % 86400) / 3600))}h`;
}

/** First non-empty line of a Java stack trace (Connect's `trace`), bounded in length. */
export function firstLine(trace: string | null | undefined, max = 160): string {
  if (!trace) return '';
  const line = trace.split('\n').find((l) => l.trim()) ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line.trim();
}

/**
 * The root cause of a Java stack trace (Connect's `trace`): its deepest "Caused by", else its first
 * line; cut before what PostgreSQL and its driver use to quote row values ("Detail:", "Where:",
 * "Failing row contains", a batch entry's SQL), so status never prints one.
 */
export function rootCause(trace: string | null | undefined, max = 240): string {
  if (!trace) return '';
  const causes = trace
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('Caused by: '))
    .map((l) => l.slice('Caused by: '.length));
  let line = causes.length ? causes[causes.length - 1] : firstLine(trace, 10_000);
  for (const cut of [/\s+Detail:.*$/, /\s+Where:.*$/, /\s*Failing row contains.*$/, /Batch entry \d+.*$/]) line = line.replace(cut, '');
  line = line.trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** A plain-text table: left-aligned columns separated by two spaces, no trailing blanks. */
export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[], indent = '  '): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    (indent + cells.map((c, i) => (i === cells.length - 1 ? c : (c ?? '').padEnd(widths[i]))).join('  ')).replace(/\s+$/, '');
  return [line(headers), ...rows.map(line)].join('\n');
}

/** A section: its title, then its body (or a dash line when empty). */
export function section(title: string, body: string | undefined): string {
  return `${title}\n${body && body.trim() ? body : '  (none)'}`;
}

/** Compares dotted versions numerically: "3.6.1.Final" ≥ "3.0". */
export function versionAtLeast(actual: string | undefined, minimum: string): boolean {
  if (!actual) return false;
  const parts = (v: string) => v.split(/[.\-]/).map((p) => Number.parseInt(p, 10)).filter((n) => !Number.isNaN(n));
  const a = parts(actual);
  const b = parts(minimum);
  for (let i = 0; i < b.length; i++) {
    const x = a[i] ?? 0;
    if (x !== b[i]) return x > b[i];
  }
  return true;
}
