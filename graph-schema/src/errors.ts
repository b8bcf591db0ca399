/** The closed set of things that can go wrong; the CLI maps them to exit codes and hints. */
export const ERROR_CODES = [
  'INPUT_UNREADABLE',
  'INPUT_EMPTY',
  'INPUT_BINARY',
  'INPUT_ENCODING',
  'INVALID_JSON',
  'SCHEMA_VIOLATION',
  'NOT_ALLOWED',
  'CONNECTION_FAILED',
  'AUTH_FAILED',
  'DATABASE_NOT_FOUND',
  'WRITE_FAILED',
  'QUERY_FAILED',
  'CONFIG_INVALID',
  'USAGE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface NewsgraphErrorOptions {
  /** What the user can do about it. */
  hint?: string;
  /** Where: a file, a field, a server address. */
  where?: string;
  cause?: unknown;
  /** True when trying again may succeed. */
  retriable?: boolean;
}

/**
 * The one error type of Newsgraph: a code, a one-line message saying what went wrong, where
 * (kept apart so a caller can re-word the message without unpicking it), a hint.
 * `describeError` joins where and message for people.
 */
export class NewsgraphError extends Error {
  override readonly name = 'NewsgraphError';
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  readonly where: string | undefined;
  readonly retriable: boolean;

  constructor(code: ErrorCode, message: string, options: NewsgraphErrorOptions = {}) {
    super(oneLine(message), { cause: options.cause });
    this.code = code;
    this.hint = options.hint;
    this.where = options.where;
    this.retriable = options.retriable ?? false;
  }
}

export function isNewsgraphError(value: unknown): value is NewsgraphError {
  return value instanceof NewsgraphError;
}

/** "where: message" for a NewsgraphError that names a place; any other error's message. */
export function describeError(error: unknown): string {
  if (error instanceof NewsgraphError && error.where !== undefined) {
    return `${error.where}: ${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
