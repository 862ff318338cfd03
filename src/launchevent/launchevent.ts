/**
 * Smart Alerts OnMessageSend handler. Classic Outlook on Windows loads this file alone in a
 * JS-only runtime (no DOM, no Office.onReady), so everything here runs at top level and the
 * bundle is transpiled to ES2016.
 */
import { DEFAULT_POLICY } from "../engine/policy-defaults";
import { pickLocale } from "../engine/format";
import { runRules } from "../engine/run";
import { RULES } from "../rules";
import { readComposeSnapshot } from "../adapters/office/read";
import { decide, decideOnFailure, type SendDecision } from "./send-check";

type SendEvent = { completed: (options: SendDecision) => void };

/** Calls `event.completed` once, whatever path finishes first, and clears the deadline timer. */
export async function onMessageSendHandler(event: SendEvent): Promise<void> {
  const policy = DEFAULT_POLICY;
  const locale = pickLocale(Office.context.displayLanguage);
  let done = false;
  const finish = (decision: SendDecision): void => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    event.completed(decision);
  };
  const timer = setTimeout(() => finish(decideOnFailure(policy.enforcement, locale)), policy.enforcement.deadlineMs);
  try {
    const snapshot = await readComposeSnapshot(Office.context.mailbox.item as Office.MessageCompose);
    finish(decide(runRules(snapshot, policy, RULES), policy.enforcement, locale));
  } catch {
    finish(decideOnFailure(policy.enforcement, locale));
  }
}

Office.actions.associate("onMessageSendHandler", onMessageSendHandler);
