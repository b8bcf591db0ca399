import { ActAntecedents } from './act-antecedents.js';
import { NamedGovernments } from './government-anaphor.js';
import { PolicyOwners } from './policy-owners.js';
import type { SentenceView } from './sentence-view.js';

/**
 * What the discourse so far says owns a policy or an act ("the charge") or is "the government",
 * read sentence by sentence.
 */
export class DiscourseOwners {
  readonly policies = new PolicyOwners();
  readonly governments = new NamedGovernments();
  readonly acts = new ActAntecedents();

  /** Records what a sentence names; call before its frames run. */
  record(view: SentenceView): void {
    this.policies.record(view);
    this.governments.record(view);
  }
}
