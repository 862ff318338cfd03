/**
 * Office's callback conventions, shared by every simulated API: results arrive asynchronously as
 * an AsyncResult {status, value, error}, and the callback is always the last argument.
 */

export interface SimError {
  code: number;
  name: string;
  message: string;
}

export interface SimAsyncResult<T> {
  status: "succeeded" | "failed";
  value: T;
  error?: SimError;
  asyncContext?: unknown;
}

export type Callback<T> = (result: SimAsyncResult<T>) => void;

export function later<T>(callback: Callback<T> | undefined, result: SimAsyncResult<T>): void {
  // Office always answers asynchronously; code that assumes otherwise must fail here too.
  if (callback) setTimeout(() => callback(result), 0);
}

export function ok<T>(value: T): SimAsyncResult<T> {
  return { status: "succeeded", value };
}

export function failed<T>(value: T, code: number, name: string, message: string): SimAsyncResult<T> {
  return { status: "failed", value, error: { code, name, message } };
}

/** Office passes the callback last, after optional coercion type and options. */
export function lastCallback<T>(args: unknown[]): Callback<T> | undefined {
  const last = args[args.length - 1];
  return typeof last === "function" ? (last as Callback<T>) : undefined;
}
