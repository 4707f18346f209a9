/**
 * Generates the documents and the config/ folder from the pipeline catalogue and the stacks:
 *
 *   npm run docs         write docs/*.md and config/**
 *   npm run docs:check   exit 1 naming every stale, missing or orphaned file
 *
 * Deterministic: no timestamps, sorted keys, the same input always gives the same bytes. Figures come
 * only from the recorded results in docs/measurements/ (scripts/docs/measurements.ts), and README.md's
 * generated regions are rendered in place (the rest of it is left as it is).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { dirname, join, relative } from 'path';
import { Catalogue } from '../../catalogue/model';
import { configFiles, GENERATED_NOTICE } from './config-export';
import { dataMappingReference } from './mapping';
import { buildPipeline, Pipeline } from './pipeline';
import { loadMeasurements } from './measurements';
import { measurementSections, SECTIONS, Sections } from './sections';

export const ROOT = join(__dirname, '..', '..');
const TEMPLATES = join(__dirname, 'templates');

/** The documents rendered from templates in scripts/docs/templates (same file name under docs/). */
export const TEMPLATED = ['CDC_DATA_MASKING_STRATEGY.md', 'IMPLEMENTATION_GUIDE.md'];
/** Folders whose every file is generated: a file there that generation does not produce is stale. */
export const OWNED_DIRS = ['config'];

/** Replaces every `{{name}}` (or `{{name:arg}}`) of a template with its generated section; an unknown name is an error. */
export function renderTemplate(name: string, template: string, p: Pipeline, sections: Sections = SECTIONS): string {
  const body = template.replace(/\{\{([A-Za-z]+)(?::([A-Za-z0-9_.,-]+))?\}\}/g, (_m, key: string, arg: string | undefined) => {
    const section = sections[key];
    if (!section) throw new Error(`docs: template ${name} names an unknown section '{{${key}}}'`);
    return section(p, arg);
  });
  return `${GENERATED_NOTICE.replace('Do not edit:', `Do not edit: change scripts/docs/templates/${name}, then`)}\n${body}`;
}

/** Documents written by hand that hold generated regions (`<!-- generated: name -->` … `<!-- end generated -->`). */
export const WITH_REGIONS = ['README.md'];
const REGION = /^(<!-- generated: ([A-Za-z]+)(?::([A-Za-z0-9_.,-]+))? -->\n)[\s\S]*?^(<!-- end generated -->)$/gm;

/** Replaces the body of each generated region of a hand-written document with its section; an unknown name is an error. */
export function renderRegions(name: string, text: string, p: Pipeline, sections: Sections = SECTIONS): string {
  return text.replace(REGION, (_m, open: string, key: string, arg: string | undefined, close: string) => {
    const section = sections[key];
    if (!section) throw new Error(`docs: ${name} has a generated region of an unknown section '${key}'`);
    return `${open}${section(p, arg)}\n${close}`;
  });
}

/**
 * Relative path → content of every generated file. Inputs: the catalogue and stacks, the templates and
 * the recorded measurements of this project; the hand-written documents with regions are read under `root`.
 */
export function generateAll(catalogue?: Catalogue, root: string = ROOT): Map<string, string> {
  const p = buildPipeline(catalogue);
  const sections = { ...SECTIONS, ...measurementSections(loadMeasurements(ROOT)) };
  const files = new Map<string, string>();
  files.set('docs/DATA_MAPPING_REFERENCE.md', dataMappingReference(p));
  for (const t of TEMPLATED) files.set(`docs/${t}`, renderTemplate(t, readFileSync(join(TEMPLATES, t), 'utf8'), p, sections));
  for (const [path, text] of configFiles(p)) files.set(path, text);
  for (const f of WITH_REGIONS) if (existsSync(join(root, f))) files.set(f, renderRegions(f, readFileSync(join(root, f), 'utf8'), p, sections));
  return files;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)]));
}

export interface Staleness {
  /** generated files whose committed content differs */
  readonly changed: string[];
  /** generated files that are not committed */
  readonly missing: string[];
  /** files in generated-only folders that generation no longer produces */
  readonly orphaned: string[];
}

/** Compares generated files with those under `root`. */
export function staleness(files: Map<string, string>, root: string = ROOT): Staleness {
  const changed: string[] = [];
  const missing: string[] = [];
  for (const [path, text] of files) {
    const abs = join(root, path);
    if (!existsSync(abs)) missing.push(path);
    else if (readFileSync(abs, 'utf8') !== text) changed.push(path);
  }
  const orphaned = OWNED_DIRS.flatMap((d) => filesUnder(join(root, d)))
    .map((f) => relative(root, f).split('\\').join('/'))
    .filter((f) => !files.has(f))
    .sort();
  return { changed, missing, orphaned };
}

export function isStale(s: Staleness): boolean {
  return s.changed.length + s.missing.length + s.orphaned.length > 0;
}

export function describeStaleness(s: Staleness): string {
  return [
    ...s.changed.map((f) => `  stale:    ${f}`),
    ...s.missing.map((f) => `  missing:  ${f}`),
    ...s.orphaned.map((f) => `  orphaned: ${f} (no longer generated)`),
  ].join('\n');
}

/** Writes every generated file and removes orphans from generated-only folders. */
export function writeAll(files: Map<string, string>, root: string = ROOT): Staleness {
  const s = staleness(files, root);
  for (const path of [...s.changed, ...s.missing]) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), files.get(path)!);
  }
  for (const path of s.orphaned) rmSync(join(root, path));
  return s;
}

export function main(argv: string[], root: string = ROOT): number {
  const check = argv.includes('--check');
  const unknown = argv.filter((a) => a !== '--check');
  if (unknown.length) {
    console.error(`usage: generate.ts [--check]   (unknown argument: ${unknown.join(' ')})`);
    return 2;
  }
  const files = generateAll(undefined, root);
  if (check) {
    const s = staleness(files, root);
    if (isStale(s)) {
      console.error(`docs: generated files are out of date; run \`npm run docs\`:\n${describeStaleness(s)}`);
      return 1;
    }
    console.log(`docs: ${files.size} generated files are up to date`);
    return 0;
  }
  const s = writeAll(files, root);
  const n = s.changed.length + s.missing.length + s.orphaned.length;
  console.log(n ? `docs: updated ${n} file(s):\n${describeStaleness(s)}` : `docs: ${files.size} generated files were already up to date`);
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    console.error(`docs: generation failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  }
}
