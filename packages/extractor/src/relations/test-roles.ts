import { extract } from '../pipeline.js';

/** The role relations (MEMBER_OF, REPRESENTS, LEADS) of a body under a headline. */
function roleRelations(text: string) {
  return extract(`Headline\n\n${text}`, { id: 't' }).relations.filter((r) =>
    ['MEMBER_OF', 'REPRESENTS', 'LEADS'].includes(r.type),
  );
}

/** The role relations (MEMBER_OF, REPRESENTS, LEADS) of a body under a headline, as sorted triples. */
export function roles(text: string): string[] {
  return roleRelations(text)
    .map((r) => `${r.type} ${r.source} ${r.target}`)
    .sort();
}

/** The same relations as `roles`, written "source TYPE target". */
export function structural(text: string): string[] {
  return roleRelations(text)
    .map((r) => `${r.source} ${r.type} ${r.target}`)
    .sort();
}

/** The relations of the given types of a body under a headline, as sorted "TYPE source target". */
export function relationsOf(text: string, types: readonly string[]): string[] {
  return extract(`Headline\n\n${text}`, { id: 't' })
    .relations.filter((r) => types.includes(r.type))
    .map((r) => `${r.type} ${r.source} ${r.target}`)
    .sort();
}
