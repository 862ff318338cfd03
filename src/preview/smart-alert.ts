/**
 * What Outlook does with the Smart Alerts handler's `event.completed(options)`: the decision is
 * interpreted here as plain data (unit-tested), the dialog is drawn by smart-alert-view.ts.
 * Options newer than the host's requirement set are ignored, as Outlook ignores them, and
 * contract breaks (never completing, completing twice, over-long texts) are reported as bugs
 * instead of being papered over.
 */
import type { Locale } from "../engine/rule";
import { simText } from "./strings";

/** Outlook's limits on the dialog's texts. */
export const MAX_ERROR_MESSAGE = 500;
export const MAX_CANCEL_LABEL = 20;
/** How long after the handler's own deadline the preview waits before calling it a bug. */
export const DEADLINE_MARGIN_MS = 2000;

export type SendOutcome =
  | { kind: "sent"; problems: string[] }
  | {
      kind: "blocked";
      /** sendModeOverride promptUser: the user may send anyway. */
      prompt: boolean;
      /** Markdown to render (host 1.15+), else undefined and `text` is shown. */
      markdown?: string;
      text: string;
      cancelLabel: string;
      /** The pane to open from the dialog (1.14+). */
      commandId?: string;
      problems: string[];
    }
  | { kind: "bug"; detail: string };

const str = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

export function interpretCompletion(options: unknown, mailboxMinor: number, locale: Locale): SendOutcome {
  const o = (typeof options === "object" && options !== null ? options : {}) as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof o.allowEvent !== "boolean") problems.push(`allowEvent is ${JSON.stringify(o.allowEvent)}, not true or false`);
  if (o.allowEvent !== false) return { kind: "sent", problems };

  const supports = (minor: number): boolean => mailboxMinor >= minor;
  const errorMessage = str(o.errorMessage);
  if (errorMessage && Array.from(errorMessage).length > MAX_ERROR_MESSAGE) problems.push(`errorMessage is longer than ${MAX_ERROR_MESSAGE} characters`);
  const markdown = supports(15) ? str(o.errorMessageMarkdown) : undefined;
  if (markdown && Array.from(markdown).length > MAX_ERROR_MESSAGE) problems.push(`errorMessageMarkdown is longer than ${MAX_ERROR_MESSAGE} characters`);
  const label = supports(14) ? str(o.cancelLabel) : undefined;
  if (label && Array.from(label).length > MAX_CANCEL_LABEL) problems.push(`cancelLabel is longer than ${MAX_CANCEL_LABEL} characters`);
  const commandId = supports(14) ? str(o.commandId) : undefined;
  const prompt = supports(14) && o.sendModeOverride === "promptUser";
  return {
    kind: "blocked",
    prompt,
    markdown,
    text: errorMessage ?? simText(locale, "noMessage"),
    cancelLabel: label ?? simText(locale, "dontSend"),
    commandId,
    problems,
  };
}

export interface SendRun {
  handler: ((event: unknown) => unknown) | undefined;
  /** The handler's own deadline (the policy's enforcement.deadlineMs). */
  deadlineMs: number;
  mailboxMinor: number;
  locale: Locale;
  /** Called for the decision, and again for every bug seen afterwards (a second call, a throw). */
  onOutcome(outcome: SendOutcome): void;
}

/** Runs the handler once with an Outlook-like send event. */
export function startSend(run: SendRun): void {
  const { handler, locale } = run;
  if (!handler) {
    run.onOutcome({ kind: "bug", detail: simText(locale, "bugNoHandler") });
    return;
  }
  let calls = 0;
  const limit = run.deadlineMs + DEADLINE_MARGIN_MS;
  const timer = setTimeout(() => {
    if (calls === 0) run.onOutcome({ kind: "bug", detail: simText(locale, "bugTimeout", { ms: limit }) });
  }, limit);
  const threw = (error: unknown): void =>
    run.onOutcome({ kind: "bug", detail: simText(locale, "bugThrew", { error: error instanceof Error ? error.message : String(error) }) });
  const event = {
    type: "messageSend",
    completed: (options?: unknown) => {
      calls += 1;
      if (calls > 1) {
        run.onOutcome({ kind: "bug", detail: simText(locale, "bugTwice", { count: calls }) });
        return;
      }
      clearTimeout(timer);
      run.onOutcome(interpretCompletion(options, run.mailboxMinor, locale));
    },
  };
  try {
    const result = handler(event) as { then?: unknown } | undefined;
    if (result && typeof result.then === "function") (result as Promise<unknown>).then(undefined, threw);
  } catch (error) {
    threw(error);
  }
}
