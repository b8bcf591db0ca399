import { CITIES, FIRST_NAMES, GROUPS, ORGANIZATIONS, STATES, SURNAMES } from './names.mjs';
import { pick, rng } from './random.mjs';

const slug = (text) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/^the /, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const INITIALS = 'ABCDEFGHJKLMNPRSTW';
const ORG_KINDS = [
  'Institute',
  'Foundation',
  'Council',
  'Party',
  'Bank',
  'Agency',
  'Commission',
  'Union',
];
const PLACE_KINDS = ['Province', 'District', 'Valley', 'Harbour', 'Region', 'Heights'];
const TAIL_TYPES = [
  ['Person', 0.6],
  ['Organization', 0.15],
  ['Location', 0.15],
  ['Group', 0.05],
  ['Event', 0.05],
];

/**
 * The entities a synthetic corpus talks about, most popular first: states and international
 * organizations at the head (as in news), then a long tail of people, bodies, places, groups and
 * events. Each has a stable id, a display name and the surface forms an article may use.
 */
export function makeUniverse({ size, seed = 1 }) {
  const random = rng(seed);
  const head = [
    ...STATES.map(([code, name, demonym]) => ({
      id: `state:${code}`,
      type: 'State',
      name: name.replace(/^the /, ''),
      surface: name,
      aliases: [name.replace(/^the /, ''), demonym],
      attributes: { iso3: code },
    })),
    ...ORGANIZATIONS.map(([key, name, acronym]) => ({
      id: `org:${key}`,
      type: 'Organization',
      name: name.replace(/^the /, ''),
      surface: name,
      aliases: [...new Set([name.replace(/^the /, ''), acronym])],
    })),
  ];
  // A deterministic shuffle of the head, so the United States is not always rank 0.
  for (let i = head.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [head[i], head[j]] = [head[j], head[i]];
  }
  const out = head.slice(0, size);
  const ids = new Set(out.map((e) => e.id));
  for (let i = 0; out.length < size; i += 1) {
    const entity = tailEntity(i, random);
    if (ids.has(entity.id)) continue;
    ids.add(entity.id);
    out.push(entity);
  }
  return out;
}

function tailType(random) {
  let x = random();
  for (const [type, p] of TAIL_TYPES) if ((x -= p) < 0) return type;
  return 'Person';
}

function tailEntity(i, random) {
  const type = tailType(random);
  const first = FIRST_NAMES[i % FIRST_NAMES.length];
  const surname = SURNAMES[Math.floor(i / FIRST_NAMES.length) % SURNAMES.length];
  const initial =
    INITIALS[Math.floor(i / (FIRST_NAMES.length * SURNAMES.length)) % INITIALS.length];
  const n = Math.floor(i / (FIRST_NAMES.length * SURNAMES.length * INITIALS.length));
  const suffix = n === 0 ? '' : ` ${n + 1}`;
  switch (type) {
    case 'Person': {
      const name = `${first} ${initial}. ${surname}${suffix}`;
      return {
        id: `person:${slug(name)}`,
        type,
        name,
        surface: name,
        aliases: [name, `${surname}${suffix}`],
      };
    }
    case 'Organization': {
      const name = `${surname} ${pick(random, ORG_KINDS)}${suffix}`;
      return { id: `org:${slug(name)}`, type, name, surface: `the ${name}`, aliases: [name] };
    }
    case 'Location': {
      const name = `${surname} ${pick(random, PLACE_KINDS)}${suffix}`;
      return { id: `loc:${slug(name)}`, type, name, surface: name, aliases: [name] };
    }
    case 'Group': {
      const name = `${surname} ${pick(random, ['Brigade', 'Movement', 'Front'])}${suffix}`;
      return { id: `group:${slug(name)}`, type, name, surface: `the ${name}`, aliases: [name] };
    }
    default: {
      const name = `${pick(random, CITIES)} ${pick(random, ['Summit', 'Conference', 'Accord'])} ${2000 + (i % 26)}${suffix}`;
      return {
        id: `event:${slug(name)}`,
        type: 'Event',
        name,
        surface: `the ${name}`,
        aliases: [name],
      };
    }
  }
}

export { GROUPS };
