import { gunzipSync, gzipSync } from 'node:zlib';
import { NewsgraphError } from '@newsgraph/graph-schema';
import { z } from 'zod';
import { MAX_TABLE_WEIGHTS, sparseRowTable, type TaggerModel } from './model.js';

const MAGIC = 'NGTAGGER';
const HeaderSchema = z.object({
  task: z.string(),
  version: z.number().int(),
  tags: z.array(z.string()).min(1),
  bits: z.number().int().min(4).max(24),
  bio: z.boolean(),
  proposalMargin: z.number().optional(),
  entries: z.number().int().min(0),
});

/**
 * Integer weights: each weight divided by `step` and rounded, and those that round to less than
 * `minimum` in size dropped. The ranking of tags changes only where weights were that small.
 */
export function quantize(model: TaggerModel, minimum: number): TaggerModel {
  let largest = 0;
  for (const x of model.weights) largest = Math.max(largest, Math.abs(x));
  const step = largest / 32767 || 1;
  const weights = new Int16Array(model.weights.length);
  model.weights.forEach((x, i) => {
    const q = Math.round(x / step);
    if (Math.abs(q) >= minimum) weights[i] = q;
  });
  return { ...model, weights };
}

/** The file form: a magic line, a JSON header, then non-zero weights as (index gap, value) varints; gzipped. */
export function encodeModel(model: TaggerModel): Buffer {
  if (
    !(model.weights instanceof Int16Array) ||
    model.weights.length !== (1 << model.bits) * model.tags.length
  )
    throw new NewsgraphError('SCHEMA_VIOLATION', 'quantize a model before encoding it', {
      where: model.task,
    });
  const bytes: number[] = [];
  const varint = (n: number): void => {
    while (n >= 0x80) {
      bytes.push((n & 0x7f) | 0x80);
      n = Math.floor(n / 128);
    }
    bytes.push(n);
  };
  let last = -1;
  let entries = 0;
  model.weights.forEach((q, i) => {
    if (q === 0) return;
    varint(i - last - 1);
    varint(q < 0 ? -2 * q - 1 : 2 * q);
    last = i;
    entries++;
  });
  const header = JSON.stringify({
    ...(model.proposalMargin !== undefined ? { proposalMargin: model.proposalMargin } : {}),
    task: model.task,
    version: model.version,
    tags: model.tags,
    bits: model.bits,
    bio: model.bio,
    entries,
  });
  return gzipSync(Buffer.concat([Buffer.from(`${MAGIC}\n${header}\n`), Buffer.from(bytes)]), {
    level: 9,
  });
}

/** Reads what {@link encodeModel} wrote; `where` names the source in errors. */
export function decodeModel(file: Uint8Array, where: string): TaggerModel {
  let data: Buffer;
  try {
    data = gunzipSync(file);
  } catch (cause) {
    throw new NewsgraphError('SCHEMA_VIOLATION', 'tagger model is not gzip data', { where, cause });
  }
  const firstLine = data.indexOf(10);
  const secondLine = data.indexOf(10, firstLine + 1);
  if (data.subarray(0, firstLine).toString() !== MAGIC || secondLine < 0)
    throw new NewsgraphError('SCHEMA_VIOLATION', 'not a tagger model file', { where });
  let raw: unknown;
  try {
    raw = JSON.parse(data.subarray(firstLine + 1, secondLine).toString());
  } catch (cause) {
    throw new NewsgraphError('SCHEMA_VIOLATION', 'tagger model header is not JSON', {
      where,
      cause,
    });
  }
  const header = HeaderSchema.safeParse(raw);
  if (!header.success)
    throw new NewsgraphError('SCHEMA_VIOLATION', `tagger model header: ${header.error.message}`, {
      where,
    });
  const { entries, ...rest } = header.data;
  if (entries > MAX_TABLE_WEIGHTS || rest.tags.length > 255)
    throw new NewsgraphError('SCHEMA_VIOLATION', 'tagger model has too many weights or tags', {
      where,
    });
  const size = (1 << rest.bits) * rest.tags.length;
  const indices = new Int32Array(entries);
  const values = new Int16Array(entries);
  // One loop with the varints read inline: it runs once per process, mostly before the JIT has
  // optimised it, where a call per varint costs more than the decoding itself.
  let at = secondLine + 1;
  let index = -1;
  for (let e = 0; e < entries; e++) {
    let gap = 0;
    let z = 0;
    for (let scale = 1, b = 128; b >= 0x80; scale *= 128) {
      b = data[at++] ?? truncated(where);
      gap += (b & 0x7f) * scale;
    }
    for (let scale = 1, b = 128; b >= 0x80; scale *= 128) {
      b = data[at++] ?? truncated(where);
      z += (b & 0x7f) * scale;
    }
    index += gap + 1;
    if (index >= size)
      throw new NewsgraphError('SCHEMA_VIOLATION', 'tagger model weight index out of range', {
        where,
      });
    indices[e] = index;
    values[e] = z % 2 === 1 ? -(z + 1) / 2 : z / 2;
  }
  const table = sparseRowTable(indices, values, rest.tags.length);
  return { ...rest, weights: new Int16Array(0), table };
}

function truncated(where: string): never {
  throw new NewsgraphError('SCHEMA_VIOLATION', 'tagger model is truncated', { where });
}
