import { NewsgraphError } from '@newsgraph/graph-schema';

/** A text-bound annotation: `T3\tContent 26 57;60 70\ttext`. Fragments are [start, end) offsets. */
export interface BratSpan {
  id: string;
  type: string;
  fragments: Array<[number, number]>;
  text: string;
}

/** An event: `E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1`, its arguments by role. */
export interface BratEvent {
  id: string;
  type: string;
  args: Record<string, string>;
}

export interface BratDocument {
  spans: Map<string, BratSpan>;
  events: BratEvent[];
}

function fail(message: string, where: string): never {
  throw new NewsgraphError('SCHEMA_VIOLATION', message, { where });
}

function readSpan(id: string, head: string, text: string, where: string): BratSpan {
  const space = head.indexOf(' ');
  if (space < 0) fail(`annotation ${id} has no offsets`, where);
  const fragments: Array<[number, number]> = [];
  for (const part of head.slice(space + 1).split(';')) {
    const match = /^(\d+) (\d+)$/.exec(part.trim());
    if (match === null) fail(`annotation ${id} has bad offsets "${part}"`, where);
    const start = Number(match[1]);
    const end = Number(match[2]);
    if (end < start) fail(`annotation ${id} ends before it starts`, where);
    fragments.push([start, end]);
  }
  return { id, type: head.slice(0, space), fragments, text };
}

function readEvent(id: string, body: string, where: string): BratEvent {
  const [trigger, ...rest] = body.trim().split(/\s+/);
  const typeEnd = trigger?.indexOf(':') ?? -1;
  if (trigger === undefined || typeEnd <= 0) fail(`event ${id} has no type`, where);
  const args: Record<string, string> = { [trigger.slice(0, typeEnd)]: trigger.slice(typeEnd + 1) };
  for (const arg of rest) {
    const colon = arg.indexOf(':');
    if (colon <= 0) fail(`event ${id} has a bad argument "${arg}"`, where);
    args[arg.slice(0, colon)] = arg.slice(colon + 1);
  }
  return { id, type: trigger.slice(0, typeEnd), args };
}

/**
 * Reads brat standoff annotations: text-bound `T` lines and `E` events; other lines (notes,
 * relations, attributes) are skipped. A malformed `T` or `E` line is an error naming its line.
 */
export function readBrat(ann: string, path = '<ann>'): BratDocument {
  const spans = new Map<string, BratSpan>();
  const events: BratEvent[] = [];
  ann.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    const where = `${path}:${index + 1}`;
    const [id = '', body = '', text = ''] = line.split('\t');
    if (id.startsWith('T')) spans.set(id, readSpan(id, body, text, where));
    else if (id.startsWith('E')) events.push(readEvent(id, body, where));
  });
  for (const event of events) {
    for (const [role, ref] of Object.entries(event.args)) {
      if (!spans.has(ref) && !ref.startsWith('E'))
        fail(`event ${event.id} names ${role} ${ref}, which is not annotated`, path);
    }
  }
  return { spans, events };
}
