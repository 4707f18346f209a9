import { Catalogue } from '../../catalogue/model';
import { SMART_CATALOGUE } from '../../catalogue/smart';

export type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };

/** The SMART catalogue, edited by `f` (a deep copy). */
export function editCatalogue(f: (c: Mutable<Catalogue>) => void): Catalogue {
  const c = structuredClone(SMART_CATALOGUE) as Mutable<Catalogue>;
  f(c);
  return c;
}

/** The catalogue with an INTERNAL warehouse column mapped into the portal. */
export const leakingCatalogue = () =>
  editCatalogue((c) => {
    c.databases[1].tables.find((t) => t.name === 'eligibility')!.columns.push({ name: 'model_version', type: 'text', class: 'PUBLIC' });
    c.flows[0].fields['model_version'] = 'model_version';
  });
