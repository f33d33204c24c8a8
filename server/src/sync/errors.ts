// Errors that become HTTP answers, and which database errors are the data's fault rather than the moment's.
import type { ApiError, Reason } from '../../../src/shared/index';

/**
 * An error that becomes an HTTP answer: `code` classes it, the reason and its params say why (the
 * client's renderer puts them in words). Its own message is the reason code, for the server's log.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly why: Reason,
    options?: ErrorOptions,
  ) {
    super(why.reason, options);
  }

  body(): ApiError {
    return errorBody(this.code, this.why);
  }
}

/** The body of every 4xx/5xx answer. */
export function errorBody(error: string, why: Reason): ApiError {
  return { error, reason: why.reason, params: why.params };
}

/**
 * Does the database refuse the data itself, so the same write fails the same way every time? PostgreSQL:
 * SQLSTATE class 22, data exception (a NUL in text, a number beyond its column, an invalid encoding).
 * SQLite: a value too big for it, or of the wrong type for an integer key. Everything else (a lost
 * connection, a serialization failure, a lock, a constraint a concurrent write may explain) is not.
 */
export function isDataError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null | undefined)?.code;
  if (typeof code !== 'string') return false;
  return /^22[0-9A-Z]{3}$/.test(code) || code === 'SQLITE_TOOBIG' || code === 'SQLITE_MISMATCH';
}

/**
 * A mutation's own writes met a data error (isDataError): that mutation is refused alone. An error in
 * the push's bookkeeping (the client's counter, the organisation's version) is never one of these.
 */
export class MutationDataError extends Error {
  readonly dbCode: string;
  constructor(cause: unknown) {
    const dbCode = dbErrorCode(cause);
    // Its message is the database's code only: the cause's own message may quote the data.
    super(dbCode, { cause });
    this.dbCode = dbCode;
  }
}

/** The SQLSTATE or SQLite code of a database error, for words that never quote the data. */
export function dbErrorCode(err: unknown): string {
  const code = (err as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' && /^[A-Z0-9_]{1,32}$/.test(code) ? code : 'unknown';
}
