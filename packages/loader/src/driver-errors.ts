import { NewsgraphError, type ErrorCode } from '@newsgraph/graph-schema';

/** The server ran out of transaction memory: the batch is too big, retrying it whole won't help. */
export class MemoryLimitError extends Error {
  override readonly name = 'MemoryLimitError';
}

export function neo4jCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** Neo.TransientError.General.MemoryPoolOutOfMemoryError, …TransactionMemoryLimit and the like. */
export function isMemoryLimitError(error: unknown): boolean {
  if (error instanceof MemoryLimitError) return true;
  const code = neo4jCode(error);
  return /^Neo\.(TransientError|DatabaseError)\.General\.\w*(Memory)\w*$/.test(code);
}

export interface ErrorContext {
  /** Redacted: no credentials. */
  uri: string;
  username: string;
  database: string | undefined;
  /** What was being done, for the message: "write", "read". */
  action: string;
}

/** Codes that stop a whole load: nothing else will get through either. */
const FATAL: readonly ErrorCode[] = ['CONNECTION_FAILED', 'AUTH_FAILED', 'DATABASE_NOT_FOUND'];

export function isFatal(error: NewsgraphError): boolean {
  return FATAL.includes(error.code);
}

type Make = (c: ErrorCode, message: string, hint?: string, retriable?: boolean) => NewsgraphError;

/** A driver or server error as a NewsgraphError naming the server (never the password). */
export function toNewsgraphError(error: unknown, ctx: ErrorContext): NewsgraphError {
  if (error instanceof NewsgraphError) return error;
  const code = neo4jCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  const make: Make = (c, message, hint, retriable = false) =>
    new NewsgraphError(c, message, {
      where: ctx.uri,
      cause: error,
      retriable,
      ...(hint ? { hint } : {}),
    });
  return (
    connectionError(error, code, detail, make) ??
    securityError(code, detail, ctx, make) ??
    serverError({ error, code, detail, ctx }, make)
  );
}

function connectionError(
  error: unknown,
  code: string,
  detail: string,
  make: Make,
): NewsgraphError | undefined {
  if (
    code !== 'ServiceUnavailable' &&
    code !== 'SessionExpired' &&
    !/DatabaseUnavailable|ECONNREFUSED|ENOTFOUND|ETIMEDOUT/.test(code + detail)
  ) {
    return undefined;
  }
  return make(
    'CONNECTION_FAILED',
    `cannot reach Neo4j: ${connectionReason(error)}`,
    'is the server running (pnpm neo4j:start)? check the URI (--uri or NEO4J_URI)',
    true,
  );
}

function securityError(
  code: string,
  detail: string,
  ctx: ErrorContext,
  make: Make,
): NewsgraphError | undefined {
  const user = JSON.stringify(ctx.username);
  switch (code) {
    case 'Neo.ClientError.Security.Unauthorized':
      return make(
        'AUTH_FAILED',
        `Neo4j rejected the credentials of user ${user}`,
        'check NEO4J_USERNAME and NEO4J_PASSWORD',
      );
    case 'Neo.ClientError.Security.AuthenticationRateLimit':
      return make(
        'AUTH_FAILED',
        'too many failed logins; Neo4j is refusing this user for a while',
        'wait a few seconds, then check the credentials',
        true,
      );
    case 'Neo.ClientError.Security.CredentialsExpired':
      return make(
        'AUTH_FAILED',
        `the password of user ${user} has expired and must be changed`,
        'set a new password with neo4j-admin or in Neo4j Browser',
      );
  }
  if (!code.startsWith('Neo.ClientError.Security.')) return undefined;
  return make('AUTH_FAILED', `user ${user} may not ${ctx.action} here: ${firstLine(detail)}`);
}

function serverError(
  failure: { error: unknown; code: string; detail: string; ctx: ErrorContext },
  make: Make,
): NewsgraphError {
  const { error, code, detail, ctx } = failure;
  const db = ctx.database ?? '(default)';
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return make(
      'DATABASE_NOT_FOUND',
      `database ${JSON.stringify(db)} does not exist`,
      'Community edition has only "neo4j" (and "system"); check NEO4J_DATABASE',
    );
  }
  if (isMemoryLimitError(error)) {
    return make(
      'WRITE_FAILED',
      `the server ran out of transaction memory: ${firstLine(detail)}`,
      'lower the batch size',
      true,
    );
  }
  return make(
    ctx.action === 'write' ? 'WRITE_FAILED' : 'QUERY_FAILED',
    `${ctx.action} failed on database ${JSON.stringify(db)}: ${firstLine(detail)}${code ? ` (${code})` : ''}`,
    undefined,
    code.includes('TransientError'),
  );
}

/**
 * Why a connection failed, in a few words: the driver's messages carry a paragraph of
 * boilerplate (encryption settings, routing tables) before the one fact that matters.
 */
export function connectionReason(error: unknown): string {
  const messages: string[] = [];
  for (let e = error; e instanceof Error && messages.length < 5; e = e.cause) {
    messages.push(e.message);
  }
  const all = messages.join(' ');
  const refused = /ECONNREFUSED ([^\s,)]+)/.exec(all);
  if (refused) return `nothing listens on ${refused[1]} (connection refused)`;
  const unknown = /ENOTFOUND ([^\s,)]+)/.exec(all);
  if (unknown) return `no such host ${unknown[1]}`;
  if (/ETIMEDOUT|timed? ?out/i.test(all)) return 'no answer in time (connection timed out)';
  const caused = /Caused by: (.+)$/m.exec(all)?.[1];
  const text = firstLine(caused ?? messages[0] ?? String(error));
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').trim();
}
