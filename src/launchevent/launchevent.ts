/**
 * Smart Alerts OnMessageSend handler. Classic Outlook on Windows loads this file alone in a
 * JS-only runtime (no DOM, no Office.onReady), so everything here runs at top level and the
 * bundle is transpiled to ES2016.
 */
import { DEFAULT_POLICY } from "../engine/policy/defaults";
import { pickLocale } from "../engine/format";
import type { Locale, Report } from "../engine/rule";
import { runRules } from "../engine/run";
import { RULES } from "../rules";
import { supportsMailbox } from "../adapters/office/async";
import { readCompose } from "../adapters/office/read";
import { LAST_SEND_KEY, writeSessionValue } from "../adapters/office/session";
import { decide, decideOnFailure, type SendDecision, type SendFeatures } from "./send-check";
import { loadHandlerPolicy } from "../adapters/policy/send-check";

type SendEvent = { completed: (options: SendDecision) => void };

/**
 * Set by the build: each handler file carries one language's texts only (see webpack.config.js),
 * and the manifest gives each Outlook UI language its file. Absent in tests and in the preview,
 * which carry every language and follow Outlook's display language.
 */
declare const __HANDLER_LOCALE__: Locale | undefined;

function handlerLocale(): Locale {
  // An `if`, not `?:`: the build replaces __HANDLER_LOCALE__ and then drops the other branch.
  if (typeof __HANDLER_LOCALE__ === "string") return __HANDLER_LOCALE__;
  return pickLocale(Office.context.displayLanguage);
}

/**
 * Tells the pane why Send stopped, so it can open on the fixes, and whether the check ran on the
 * defaults because the company's policy could not be had. Only a stopped Send is worth it: after
 * a sent message there is no pane to tell.
 */
function recordStop(item: Office.MessageCompose, report: Report, policyProblem: string | undefined): Promise<boolean> {
  const ruleIds = report.findings.filter((f) => f.severity !== "info").map((f) => f.ruleId);
  return writeSessionValue(item, LAST_SEND_KEY, JSON.stringify({ at: Date.now(), allowed: false, ruleIds, policyProblem }));
}

/**
 * Calls `event.completed` exactly once, whatever finishes first: the check, an error, or the
 * deadline. The deadline starts with the default and is moved to the policy's once it is loaded.
 */
export async function onMessageSendHandler(event: SendEvent): Promise<void> {
  const started = Date.now();
  const locale = handlerLocale();
  const features: SendFeatures = { commands: supportsMailbox("1.14"), markdown: supportsMailbox("1.15") };
  let enforcement = DEFAULT_POLICY.enforcement;
  let policyProblem: string | undefined;
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const finish = (decision: SendDecision): void => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    event.completed(decision);
  };
  const arm = (ms: number): void => {
    clearTimeout(timer);
    timer = setTimeout(() => finish(decideOnFailure(enforcement, locale, features)), Math.max(0, ms));
  };
  arm(enforcement.deadlineMs);
  // The policy's deadline and fail-open/closed apply as soon as it is known, also when reading
  // the message fails or hangs. Its fetch gets half the default deadline at most; it never rejects.
  const policy = loadHandlerPolicy(Math.min(1500, enforcement.deadlineMs / 2)).then((loaded) => {
    enforcement = loaded.policy.enforcement;
    if (loaded.problem) policyProblem = loaded.problem.kind;
    if (!done) arm(enforcement.deadlineMs - (Date.now() - started));
    return loaded.policy;
  });
  try {
    const item = Office.context.mailbox.item as Office.MessageCompose;
    const [loaded, read] = await Promise.all([policy, readCompose(item)]);
    if (done) return;
    const report = runRules(read.snapshot, loaded, RULES);
    // The rules run synchronously, so the deadline timer cannot answer while they run: whether
    // the check ended in time is known only now.
    const late = Date.now() - started > enforcement.deadlineMs;
    const decision = decide(report, enforcement, locale, features);
    // Decided: the deadline must not answer instead while the stop is recorded.
    clearTimeout(timer);
    if (!decision.allowEvent) {
      // What the check found stands, late or not, and whatever Outlook would not give.
      await recordStop(item, report, policyProblem);
      finish(decision);
    } else if (late || read.failedReads > 0) {
      // A check that ended late or lacks a part of the message (a failed or throwing read) is a
      // check that could not run: its "allow" proves nothing, so the policy's onError decides.
      finish(decideOnFailure(enforcement, locale, features));
    } else {
      finish(decision);
    }
  } catch {
    await policy;
    finish(decideOnFailure(enforcement, locale, features));
  }
}

Office.actions.associate("onMessageSendHandler", onMessageSendHandler);
