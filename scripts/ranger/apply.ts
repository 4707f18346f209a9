/**
 * Applies the stack's Ranger document (service definition, services, policies) through Ranger
 * Admin's public REST API v2, or removes what the stack owns. Run by the governance layer's
 * `terraform_data` resources; runnable by hand:
 *
 *   RANGER_ADMIN_PASSWORD=... npx tsx scripts/ranger/apply.ts --url http://localhost:6080 \
 *     --user admin --document build/ranger/dev/document.json
 */
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { isAbsolute, join, relative } from 'path';
import { parseArgs } from 'util';
import { RangerApplyDocument } from '../../constructs/governance/ranger-api';
import { RangerClient, RangerError } from './client';
import { applyDocument, destroyDocument, OwnedNames, RollbackIncomplete } from './reconcile';

const USAGE = `usage: apply.ts --url URL --user USER (--document FILE | --document-env NAME) [options]

Applies the Ranger document of a smart-cdc stack idempotently: creates or updates the service
definition and services by name, creates the reader roles the policies name (marked as the
stack's), creates each missing policy and updates a changed one in place (same id), leaves an
unchanged one alone (a second run of the same document changes nothing), and removes the policies
named with the stack's prefix that the document no longer has. Nothing else is touched; every
change is printed. On any failure it rolls back what the run changed, including what Ranger Admin
created because of it (its tag service and that service's references to the stack's access types,
users it created), and exits non-zero with one line naming the object and Ranger's message; if an
undo step fails, the line names it and the command that finishes the job (when the stack existed
before the run, its objects as Ranger held them then are saved under build/ranger/rollback/ and
that command re-applies them).

options:
  --url URL             Ranger Admin base URL (default: $RANGER_URL)
  --user USER           Ranger admin user (default: $RANGER_USER, else admin)
  --password-env NAME   environment variable holding the password (default: RANGER_ADMIN_PASSWORD);
                        the password is never taken as an argument and never printed
  --document FILE       the document (JSON: { prefix, serviceDefinition, services, policies }),
                        e.g. from scripts/ranger/export.ts
  --document-env NAME   read the document from this environment variable instead
  --destroy             remove what the stack owns (prefixed policies, marked services, the tag
                        services' references to the definition's access types, the service
                        definition when unused, the roles and users created for the stack's
                        policies that nothing else uses) instead of applying
  --dry-run             read Ranger and print what would change; change nothing
  --wait SECONDS        wait up to SECONDS for Ranger Admin to answer before starting (default 0)
  --timeout SECONDS     per-request timeout (default 30)
  -h, --help            show this help
`;

function fail(message: string): never {
  console.error(`ranger apply: ${message}`);
  process.exit(1);
}

async function waitForRanger(client: RangerClient, seconds: number): Promise<void> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    try {
      await client.getServiceDef('kafka');
      return;
    } catch (e) {
      if (e instanceof RangerError && e.status !== undefined) return; // it answers: let the run report it
      if (Date.now() >= until) throw e;
      await new Promise((r) => setTimeout(r, 3000));
    }
  }
}

/** Where a re-apply's document is saved: build/ranger/rollback/ of the project. */
export const ROLLBACK_DIR = join(__dirname, '..', '..', 'build', 'ranger', 'rollback');

/** Saves the stack's objects as they were before the run, for the re-apply that finishes its rollback; returns the file. */
function saveBefore(before: RangerApplyDocument): string {
  mkdirSync(ROLLBACK_DIR, { recursive: true });
  const file = join(ROLLBACK_DIR, `${before.prefix}before-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(before, null, 2)}\n`);
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}

const shellWord = (a: string) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);

/**
 * The command that completes an incomplete rollback, runnable as printed: this command line as
 * destroy, or as a re-apply of `document` (the saved file) in place of the document of this run.
 */
export function finishCommand(finish: 'destroy', argv: string[]): string;
export function finishCommand(finish: 'reapply', argv: string[], document: string): string;
export function finishCommand(finish: RollbackIncomplete['finish'], argv: string[], document?: string): string {
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dry-run') continue;
    if (finish === 'reapply' && /^--document(-env)?(=|$)/.test(a)) {
      if (!a.includes('=')) i++; // its value
      continue;
    }
    args.push(a);
  }
  if (finish === 'destroy') args.push('--destroy');
  else args.push('--document', document!);
  return `node --require tsx/cjs scripts/ranger/apply.ts ${args.map(shellWord).join(' ')}`;
}

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        url: { type: 'string' },
        user: { type: 'string' },
        'password-env': { type: 'string' },
        document: { type: 'string' },
        'document-env': { type: 'string' },
        destroy: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        wait: { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`);
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const url = args.url ?? process.env.RANGER_URL;
  if (!url) fail('--url (or RANGER_URL) is required; see --help');
  if (!/^https?:\/\/[^/]+/.test(url)) fail(`--url '${url}' is not an http(s) URL`);
  const user = args.user ?? process.env.RANGER_USER ?? 'admin';
  const passwordEnv = args['password-env'] ?? 'RANGER_ADMIN_PASSWORD';
  const password = process.env[passwordEnv];
  if (!password) fail(`environment variable ${passwordEnv} is not set (it holds the Ranger password of '${user}')`);

  if (!!args.document === !!args['document-env']) fail('give exactly one of --document FILE or --document-env NAME; see --help');
  let raw: string;
  if (args.document) {
    try {
      raw = readFileSync(args.document, 'utf8');
    } catch (e) {
      fail(`cannot read --document ${args.document}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  } else {
    raw = process.env[args['document-env']!] ?? fail(`environment variable ${args['document-env']} is not set`);
  }
  let doc: RangerApplyDocument;
  try {
    doc = JSON.parse(raw);
  } catch (e) {
    fail(`the document is not JSON: ${(e as Error).message}`);
  }

  const timeout = Number(args.timeout ?? 30);
  const wait = Number(args.wait ?? 0);
  if (!(timeout > 0) || !(wait >= 0)) fail('--timeout must be > 0 and --wait >= 0 seconds');
  const client = new RangerClient({ url, user, password, timeoutMs: timeout * 1000 });
  const log = (line: string) => console.log(`ranger: ${line}`);
  try {
    if (wait > 0) await waitForRanger(client, wait);
    if (args.destroy) {
      const s = await destroyDocument(client, doc as unknown as OwnedNames, log, args['dry-run']);
      console.log(`ranger: ${args['dry-run'] ? 'dry run, ' : ''}removed ${s.deleted.length}, kept ${s.kept.length}`);
    } else {
      const s = await applyDocument(client, doc, log, args['dry-run']);
      console.log(
        `ranger: ${args['dry-run'] ? 'dry run, ' : ''}${s.created.length} created, ${s.updated.length} updated, ${s.deleted.length} deleted, ${s.unchanged.length} unchanged`,
      );
    }
    return 0;
  } catch (e) {
    if (e instanceof RollbackIncomplete) {
      if (e.finish === 'destroy' || !e.before) fail(`${e.message}: ${finishCommand('destroy', argv)}`);
      let saved: string;
      try {
        saved = saveBefore(e.before);
      } catch (se) {
        fail(`${e.message}, but they could not be saved (${(se as Error).message}): restore what is listed by hand`);
      }
      fail(`${e.message}, saved in ${saved}: ${finishCommand('reapply', argv, saved)}`);
    }
    fail(e instanceof RangerError ? e.message : `unexpected error: ${(e as Error).message}`);
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
