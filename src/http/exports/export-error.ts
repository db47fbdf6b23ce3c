import { ErrorCode } from '../../errors.js';

/**
 * Why an export could not be produced: the HTTP status, a message for the
 * analyst and, for a bad filter, the query parameter at fault.
 */
export class ExportError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
    readonly parameter?: string,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}

/** A 400 naming the query parameter whose value is wrong. */
export function badParameter(parameter: string, message: string): ExportError {
  return new ExportError(400, message, ErrorCode.BAD_USER_INPUT, parameter);
}
