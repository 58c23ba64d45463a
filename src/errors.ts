// One error type for everything ParkLens refuses, with a code that maps to a CLI exit code and an
// HTTP status in one table, so the CLI and the API report the same failure the same way.

export const ERROR_CODES = {
  E_USAGE: { exit: 2, http: 400, summary: 'bad command-line usage or request parameters' },
  E_NOT_FOUND: { exit: 1, http: 404, summary: 'file, directory or record not found' },
  E_EMPTY: { exit: 1, http: 422, summary: 'the file is empty or holds only whitespace' },
  E_BINARY: { exit: 1, http: 415, summary: 'the file is binary (image, archive, executable …), not text' },
  E_UNDECODABLE: { exit: 1, http: 422, summary: 'the bytes are not valid in any supported encoding' },
  E_TOO_LARGE: { exit: 1, http: 413, summary: 'the file is larger than the configured limit' },
  E_NO_ARTICLE: { exit: 1, http: 422, summary: 'no article text could be found (e.g. an HTML page without a body)' },
  E_NO_TEXT_LAYER: { exit: 1, http: 422, summary: 'the file has no text layer ParkLens can read (e.g. a PDF)' },
  E_NO_INPUT: { exit: 1, http: 400, summary: 'no readable input files were given' },
  E_STORE: { exit: 1, http: 500, summary: 'the knowledge base could not be read or written' },
  E_UNAUTHORIZED: { exit: 1, http: 401, summary: 'a valid token is required' },
  E_FORBIDDEN: { exit: 1, http: 403, summary: 'the operation is switched off on this server (e.g. uploads without a token)' },
  E_INTERNAL: { exit: 1, http: 500, summary: 'an unexpected internal error' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class ParkLensError extends Error {
  readonly code: ErrorCode;
  /** File or parameter the error is about. */
  readonly subject?: string;

  constructor(code: ErrorCode, message: string, options: { subject?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'ParkLensError';
    this.code = code;
    this.subject = options.subject;
  }

  get exitCode(): number {
    return ERROR_CODES[this.code].exit;
  }

  get httpStatus(): number {
    return ERROR_CODES[this.code].http;
  }

  toJSON() {
    return { error: { code: this.code, message: this.message, subject: this.subject ?? null } };
  }
}

/** Wraps anything thrown into a ParkLensError so callers always see a code. */
export function asParkLensError(error: unknown, subject?: string): ParkLensError {
  if (error instanceof ParkLensError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ParkLensError('E_INTERNAL', message, { subject, cause: error });
}
