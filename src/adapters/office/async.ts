/**
 * The one place that turns Office's callback API into promises. Every call gets a timeout because
 * some hosts never call back (getAttachmentContentAsync on big files, a closed compose window),
 * and `AsyncResult.status` is read nowhere else.
 */

export const DEFAULT_TIMEOUT_MS = 5000;

export class OfficeCallError extends Error {
  constructor(
    readonly operation: string,
    message: string,
    readonly code?: number | string,
  ) {
    super(`${operation}: ${message}`);
    this.name = "OfficeCallError";
  }
}

type Start<T> = (callback: (result: Office.AsyncResult<T>) => void) => void;

export function officeCall<T>(operation: string, start: Start<T>, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      reject(new OfficeCallError(operation, `no answer within ${timeoutMs} ms`, "timeout"));
    }, timeoutMs);
    const settle = (fn: () => void): void => {
      if (settled) return; // a late callback after the timeout is ignored
      settled = true;
      clearTimeout(timer);
      fn();
    };
    try {
      start((result) => {
        settle(() => {
          if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
          else reject(new OfficeCallError(operation, result.error?.message ?? "failed", result.error?.code));
        });
      });
    } catch (error) {
      // Some hosts throw synchronously (e.g. API missing on an old build) instead of calling back.
      settle(() => reject(new OfficeCallError(operation, error instanceof Error ? error.message : String(error))));
    }
  });
}

/** Mailbox requirement-set check that never throws on hosts without `requirements`. */
export function supportsMailbox(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported("Mailbox", version);
  } catch {
    return false;
  }
}
