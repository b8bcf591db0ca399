import { z } from 'zod';
import { parseBundled as parse } from './bundled.js';
import organizationsJson from './data/organizations.json' with { type: 'json' };

const OrgSchema = z.object({
  spellings: z.array(z.tuple([z.string(), z.string()])),
  entries: z.array(
    z.tuple([z.string(), z.string(), z.string(), z.array(z.string())]).rest(z.string().nullable()),
  ),
});

export type OrganizationData = z.infer<typeof OrgSchema>;

/** organizations.json, checked against its schema. */
export function organizationData(): OrganizationData {
  return parse(OrgSchema, organizationsJson, 'organizations.json');
}

/**
 * The other spellings of a name in every mix of the listed pairs ("Organisation … Cooperation"),
 * the name itself left out; none where it has no such word.
 */
export function spellingMixes(pairs: readonly [string, string][]): (name: string) => string[] {
  const other = new Map<string, string>();
  for (const [a, b] of pairs) {
    other.set(a, b);
    other.set(b, a);
  }
  return (name) => {
    let forms = [''];
    for (const word of name.split(' ')) {
      const alt = other.get(word);
      const next = alt === undefined ? [word] : [word, alt];
      forms = forms.flatMap((f) => next.map((w) => (f === '' ? w : `${f} ${w}`)));
    }
    return forms.filter((f) => f !== name);
  };
}

/**
 * Names or aliases that two entries claim, or one entry twice, counting every spelling mix
 * ("Australian Labor Party" listed twice; "World Health Organisation" beside "World Health
 * Organization"): "name: key, key" each. Case counts ("Unicef" beside "UNICEF" is no repeat).
 */
export function namesClaimedTwice(data: OrganizationData): string[] {
  const spelled = spellingMixes(data.spellings);
  const claims = new Map<string, string[]>();
  for (const [key, name, , aliases] of data.entries) {
    for (const listed of [name, ...aliases]) {
      // One key per listed name: its own mixes of spellings are no repeat of it.
      const forms = new Set([listed, ...spelled(listed)]);
      for (const form of forms) {
        const keys = claims.get(form);
        if (keys === undefined) claims.set(form, [key]);
        else keys.push(key);
      }
    }
  }
  return [...claims]
    .filter(([, keys]) => keys.length > 1)
    .map(([form, keys]) => `${form}: ${keys.join(', ')}`);
}
