/** `mail-preflight policy validate FILE` and `mail-preflight policy show [FILE]`. */
import { formatText } from "../engine/format";
import { formatPolicyErrors } from "../engine/policy/resolve";
import { effectivePolicyFile } from "../engine/policy/effective";
import type { Locale } from "../engine/rule";
import { EXIT_ERROR, EXIT_OK } from "./results";
import { localizeFileError } from "./file-errors";
import type { CliIO } from "./io";
import { TEXT } from "./locale";
import { readPolicyFile, type PolicyLoad } from "./policy-file";
import { escapeControls } from "../engine/shown";

function problems(load: Extract<PolicyLoad, { ok: false }>, locale: Locale): string {
  if (load.reason === undefined) return formatPolicyErrors(load.errors, locale);
  // The reason can quote the path or the system's words: no control character reaches the terminal.
  return escapeControls(locale === "en-US" ? `the file ${load.reason}` : localizeFileError(load.reason, locale));
}

/** Exit 0 when valid; 2 with one line per bad field (path and line) when not. */
export async function validatePolicy(file: string, locale: Locale, io: CliIO): Promise<number> {
  const load = await readPolicyFile(file, io);
  if (load.ok) {
    io.stdout(`${formatText(TEXT.policyValid[locale], { file })}\n`);
    return EXIT_OK;
  }
  if (load.reason !== undefined) {
    // Not a bad field: the file itself could not be had.
    io.stdout(`${formatText(TEXT.policyUnreadable[locale], { file })}\n  ${escapeControls(localizeFileError(load.reason, locale))}\n`);
    return EXIT_ERROR;
  }
  const lines = problems(load, locale).split("\n").map((line) => `  ${line}`);
  io.stdout(`${formatText(TEXT.policyInvalid[locale], { file })}\n${lines.join("\n")}\n`);
  return EXIT_ERROR;
}

/** The effective policy as JSON: defaults ← presets ← the file (or the defaults alone). */
export async function showPolicy(file: string | undefined, locale: Locale, io: CliIO): Promise<number> {
  const load = await readPolicyFile(file, io);
  if (!load.ok) {
    io.stderr(`mail-preflight: ${formatText(TEXT.policyNotValid[locale], { file: file ?? "" })}\n${problems(load, locale)}\n`);
    return EXIT_ERROR;
  }
  io.stdout(`${JSON.stringify(load.policy, null, 2)}\n`);
  return EXIT_OK;
}

/**
 * The Send handler's copy of the policy (policy.effective.json), printed to standard output: the
 * file must be valid, since the handler has no validator of its own (see policy-effective.ts).
 */
export async function compilePolicy(file: string, locale: Locale, io: CliIO): Promise<number> {
  const load = await readPolicyFile(file, io);
  if (!load.ok || load.text === undefined) {
    io.stderr(`mail-preflight: ${formatText(TEXT.policyNotCompiled[locale], { file })}\n${load.ok ? "" : problems(load, locale)}\n`);
    return EXIT_ERROR;
  }
  io.stdout(`${JSON.stringify(effectivePolicyFile(load.text, load.policy), null, 2)}\n`);
  return EXIT_OK;
}
