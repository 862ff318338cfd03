/**
 * Smart Alerts checks. Classic Outlook on Windows finds the handler only through
 * `Office.actions.associate(name, fn)`; if the manifest names another function, a SoftBlock
 * add-in blocks every send. These checks keep the two files in step.
 */
import type { Element } from "@xmldom/xmldom";
import { childElements, descendants, describe, firstChild, nearestAncestor, xsiType } from "./xml-util";

export const SEND_MODES = ["SoftBlock", "PromptUser", "Block"];
const SEND_EVENTS = new Set(["OnMessageSend", "OnAppointmentSend"]);
const ASSOCIATE_CALL = /Office\.actions\.associate\(\s*(["'`])([^"'`]+)\1/g;

/** The names the handler registers, e.g. `Office.actions.associate("onMessageSendHandler", fn)`. */
export function associatedNames(handlerSource: string): string[] {
  return [...handlerSource.matchAll(ASSOCIATE_CALL)].map((m) => m[2]);
}

export function checkLaunchEvents(root: Element, handlerSource: string, problems: string[]): void {
  const events = descendants(root, "LaunchEvent");
  if (!events.some((e) => e.getAttribute("Type") === "OnMessageSend")) {
    problems.push(`The manifest has no <LaunchEvent Type="OnMessageSend">, so the send check (Smart Alerts) never runs.`);
  }
  const names = associatedNames(handlerSource);
  if (events.length > 0 && names.length === 0) {
    problems.push(`The handler source has no Office.actions.associate("name", handler) call, so classic Outlook on Windows cannot find any LaunchEvent handler.`);
  }
  for (const event of events) {
    const type = event.getAttribute("Type") ?? "";
    const functionName = event.getAttribute("FunctionName") ?? "";
    const sendMode = event.getAttribute("SendMode");
    if (names.length > 0 && !names.includes(functionName)) {
      problems.push(`<LaunchEvent Type="${type}"> calls FunctionName "${functionName}", but the handler registers ${names.map((n) => `"${n}"`).join(", ")} with Office.actions.associate.`);
    }
    if (sendMode === null && SEND_EVENTS.has(type)) {
      problems.push(`<LaunchEvent Type="${type}"> has no SendMode; set one of ${SEND_MODES.join(", ")} so the behaviour is explicit.`);
    } else if (sendMode !== null && !SEND_MODES.includes(sendMode)) {
      problems.push(`<LaunchEvent Type="${type}"> has SendMode "${sendMode}", which is not one of ${SEND_MODES.join(", ")}.`);
    }
    const overrides = nearestAncestor(event, "VersionOverrides");
    if (!overrides || xsiType(overrides) !== "VersionOverridesV1_1") {
      problems.push(`<LaunchEvent Type="${type}"> must be inside <VersionOverrides xsi:type="VersionOverridesV1_1">.`);
    }
  }
  checkRuntimeLinks(root, problems);
}

/** A LaunchEvent extension point runs in the runtime whose resid equals its SourceLocation resid. */
function checkRuntimeLinks(root: Element, problems: string[]): void {
  for (const point of descendants(root, "ExtensionPoint").filter((p) => xsiType(p) === "LaunchEvent")) {
    const resid = firstChild(point, "SourceLocation")?.getAttribute("resid") ?? "";
    const host = nearestAncestor(point, "Host");
    const runtimes = host ? childElements(firstChild(host, "Runtimes") ?? host, "Runtime") : [];
    if (!runtimes.some((r) => r.getAttribute("resid") === resid)) {
      problems.push(`${describe(point)} has SourceLocation resid "${resid}", but its <Host> declares no <Runtime resid="${resid}">.`);
    }
    const runtime = runtimes.find((r) => r.getAttribute("resid") === resid);
    if (runtime && !childElements(runtime, "Override").some((o) => o.getAttribute("type") === "javascript")) {
      problems.push(`<Runtime resid="${resid}"> has no <Override type="javascript">, which classic Outlook on Windows needs to load the handler.`);
    }
  }
}
