/**
 * A whole check as the pane and the CLI run it: every rule, and what could not be looked at, in
 * one report. The Send handler calls runRules itself: it shows no "not checked" lines, and its
 * file stays small.
 */
import type { AnyRule, Report } from "../engine/rule";
import type { EffectivePolicy } from "../engine/policy/types";
import type { MessageSnapshot } from "../engine/snapshot";
import { runRules } from "../engine/run";
import { findNotChecked } from "./not-checked";
import { RULES } from "../rules";

export function checkMessage(message: MessageSnapshot, policy: EffectivePolicy, rules: readonly AnyRule[] = RULES): Report {
  return runRules(message, policy, rules, findNotChecked);
}
