/** How a verb form reads: bare and third-person forms need a subject right before them. */
export type VerbShape = 'bare' | 'past' | 'gerund';

export interface VerbForm {
  word: string;
  shape: VerbShape;
}

/** Regular English inflections of a lemma, plus the irregular forms given for it. */
export function inflectVerb(lemma: string, irregular: readonly string[] = []): VerbForm[] {
  const forms = new Map<string, VerbShape>([
    [lemma, 'bare'],
    [thirdPerson(lemma), 'bare'],
    [pastTense(lemma), 'past'],
    [presentParticiple(lemma), 'gerund'],
  ]);
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(lemma)) {
    // "snub" → "snubbed"; harmless when the verb does not double ("visitted" never occurs).
    const last = lemma.slice(-1);
    forms.set(`${lemma}${last}ed`, 'past');
    forms.set(`${lemma}${last}ing`, 'gerund');
  }
  for (const word of irregular) forms.set(word, shapeOf(word));
  return [...forms].map(([word, shape]) => ({ word, shape }));
}

/** Shape of a form given explicitly ("has joined", "fought"). */
export function shapeOf(form: string): VerbShape {
  const words = form.split(' ');
  const first = words[0] ?? form;
  if (['has', 'have', 'had'].includes(first)) return 'past';
  if (first.endsWith('ing')) return 'gerund';
  if (first.endsWith('s') && !first.endsWith('ss')) return 'bare';
  if (words.length === 1 && !first.endsWith('ed') && !first.endsWith('en')) {
    // Irregular pasts (fought, led, stood) are listed explicitly; anything else is a lemma.
    return /(ought|led|ood|ook|oke|an|it)$/.test(first) ? 'past' : 'bare';
  }
  return 'past';
}

function thirdPerson(lemma: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

function pastTense(lemma: string): string {
  if (lemma.endsWith('e')) return `${lemma}d`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`;
  return `${lemma}ed`;
}

function presentParticiple(lemma: string): string {
  if (lemma.endsWith('ie')) return `${lemma.slice(0, -2)}ying`;
  if (lemma.endsWith('e') && !lemma.endsWith('ee')) return `${lemma.slice(0, -1)}ing`;
  return `${lemma}ing`;
}
