import { describeIssue, NewsgraphError } from '@newsgraph/graph-schema';

/**
 * The CONFIG_INVALID for bundled or user data (`what`: "cue lexicon") that its schema rejected:
 * names `where` and the first offending field.
 */
export function invalidData(
  what: string,
  issues: readonly Parameters<typeof describeIssue>[0][],
  where: string,
  hint: string,
): NewsgraphError {
  const first = issues[0];
  return new NewsgraphError(
    'CONFIG_INVALID',
    `invalid ${what}: ${first ? describeIssue(first) : ''}`,
    { where, hint },
  );
}
