/**
 * Smart Alerts OnMessageSend handler. Classic Outlook on Windows loads this file alone in a
 * JS-only runtime (no DOM, no Office.onReady), so everything here runs at top level and the
 * bundle is transpiled to ES2016.
 */
import { DEFAULT_POLICY } from "../engine/policy-defaults";
import { pickLocale } from "../engine/format";
import type { Locale } from "../engine/rule";
import { runRules } from "../engine/run";
import { RULES } from "../rules";
import { readComposeSnapshot } from "../adapters/office/read";
import { decide, decideOnFailure, type SendDecision } from "./send-check";

type SendEvent = { completed: (options: SendDecision) => void };

/**
 * Set by the build: each handler file carries one language's texts only (see webpack.config.js),
 * and the manifest gives each Outlook UI language its file. Absent in tests and in the preview,
 * which carry every language and follow Outlook's display language.
 */
declare const __HANDLER_LOCALE__: Locale | undefined;

function handlerLocale(): Locale {
  return typeof __HANDLER_LOCALE__ === "string" ? __HANDLER_LOCALE__ : pickLocale(Office.context.displayLanguage);
}

/** Calls `event.completed` once, whatever path finishes first, and clears the deadline timer. */
export async function onMessageSendHandler(event: SendEvent): Promise<void> {
  const policy = DEFAULT_POLICY;
  const locale = handlerLocale();
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
