/**
 * The simulated Outlook compose window beside the real task pane. Built with plain DOM calls and
 * `textContent` only, so nothing a tester types, a file name or a handler's text can ever become
 * markup. The pane's edits come back through the simulator and are redrawn here.
 */
import { DEFAULT_POLICY } from "../engine/policy/defaults";
import { pickLocale } from "../engine/format";
import type { Locale } from "../engine/rule";
import type { OfficeSim, SimChange } from "./office-sim/office";
import type { SimRecipient } from "./office-sim/state";
import { createAttachmentsView } from "./attachments-view";
import { createBodyEditor } from "./body-editor";
import { el } from "./dom";
import { SCENARIOS, scenarioById } from "./scenarios";
import { startSend } from "./smart-alert";
import { createSendView } from "./smart-alert-view";
import { simText, type SimStringId } from "./strings";

type Field = "to" | "cc" | "bcc";
const FIELDS: readonly Field[] = ["to", "cc", "bcc"];
export const THEMES = { light: "#ffffff", dark: "#1f1f1f" } as const;

export function parseRecipients(text: string): SimRecipient[] {
  // Outlook separates typed recipients with ";" (and accepts ","); a Chinese "，" is kept as part
  // of the address on purpose, so the invalid-address rule can catch it.
  return text
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => {
      const named = /^(.*)<([^>]*)>$/.exec(part);
      return named
        ? { displayName: named[1].trim().replace(/^"|"$/g, ""), emailAddress: named[2].trim() }
        : { displayName: "", emailAddress: part };
    });
}

export function formatRecipients(list: readonly SimRecipient[]): string {
  return list.map((r) => (r.displayName && r.displayName !== r.emailAddress ? `${r.displayName} <${r.emailAddress}>` : r.emailAddress)).join("; ");
}

function select(id: string, options: readonly [value: string, label: string][], value: string): HTMLSelectElement {
  const node = el("select", { id }, ...options.map(([v, label]) => el("option", { value: v }, label)));
  node.value = value;
  return node;
}

export function buildComposeForm(root: HTMLElement, sim: OfficeSim): void {
  const { state } = sim;
  let paneVisible = true;
  let unsubscribe = (): void => undefined;

  const render = (): void => {
    unsubscribe();
    sim.dropItemHandlers(); // the old pane page is going away with its handlers
    const locale: Locale = pickLocale(state.displayLanguage);
    const text = (id: SimStringId, data?: Record<string, string | number>): string => simText(locale, id, data);
    const dark = state.bodyBackgroundColor === THEMES.dark;
    document.documentElement.lang = locale;

    const paneHost = el("aside", { className: "pane-host", attrs: { "aria-label": text("paneToggle") } });
    const paneToggle = el("button", { type: "button", id: "pane-toggle", className: "ribbon-button" }, text("paneToggle"));
    const showPane = (visible: boolean): void => {
      paneVisible = visible;
      sim.dropItemHandlers();
      paneToggle.setAttribute("aria-pressed", String(visible));
      // A new frame each time: Outlook loads the pane afresh when it opens, which re-checks.
      paneHost.replaceChildren(...(visible ? [el("iframe", { src: "preview-taskpane.html", title: text("paneToggle"), className: "pane" })] : []));
      paneHost.hidden = !visible;
    };
    paneToggle.addEventListener("click", () => showPane(!paneVisible));
    showPane(paneVisible);

    const inputs = new Map<Field, HTMLInputElement>();
    const recipientRow = (field: Field): HTMLElement => {
      const input = el("input", { id: `field-${field}`, type: "text", value: formatRecipients(state[field]), autocomplete: "off" });
      inputs.set(field, input);
      // "change": Outlook reports recipients once they are resolved, not at every keystroke.
      input.addEventListener("change", () => {
        state[field] = parseRecipients(input.value);
        sim.notify("recipients", [field]);
      });
      return el("div", { className: "row" }, el("label", { htmlFor: input.id }, text(field)), input);
    };
    const subject = el("input", { id: "field-subject", type: "text", value: state.subject });
    subject.addEventListener("input", () => (state.subject = subject.value));
    const editor = createBodyEditor(state, locale);
    const attachments = createAttachmentsView(sim, locale);

    const bar = el("div", { id: "notification-bar", className: "notifications", attrs: { "aria-live": "polite" } });
    const renderBar = (): void =>
      bar.replaceChildren(...state.notifications.map((n) => el("div", { className: `notification ${n.type}`, dataset: { key: n.key, type: n.type } }, n.message)));
    const browserNote = el("p", { id: "browser-opened", attrs: { role: "status" } });
    const renderBrowser = (): void => {
      const last = state.openedUrls[state.openedUrls.length - 1];
      browserNote.textContent = last ? text("opened", { url: last }) : "";
    };
    renderBar();
    renderBrowser();

    const scenario = select("field-scenario", [["", text("scenarioNone")], ...SCENARIOS.map((s): [string, string] => [s.id, s.label[locale]])], "");
    scenario.addEventListener("change", () => {
      const chosen = scenarioById(scenario.value);
      if (!chosen) return;
      // A new message is a new item: its notification bars and session data start empty.
      Object.assign(state, chosen.build(locale), { notifications: [], sessionData: {}, openedUrls: [] });
      for (const change of ["recipients", "attachments", "body", "subject", "notifications", "browser"] as const) sim.notify(change);
      showPane(paneVisible);
    });
    const language = select("field-language", [["zh-CN", "简体中文 (zh-CN)"], ["zh-TW", "繁體中文 (zh-TW)"], ["en-US", "English (en-US)"]], locale);
    language.addEventListener("change", () => {
      state.displayLanguage = language.value;
      render();
    });
    const theme = select("field-theme", [["light", text("light")], ["dark", text("dark")]], dark ? "dark" : "light");
    theme.addEventListener("change", () => {
      state.bodyBackgroundColor = theme.value === "dark" ? THEMES.dark : THEMES.light;
      render();
    });

    const send = el("button", { id: "send", type: "button", className: "send" }, text("send"));
    const view = createSendView(locale, { openPane: () => showPane(true), sent: () => undefined }, () => send);
    send.addEventListener("click", () => {
      send.disabled = true;
      view.checking();
      startSend({
        handler: sim.actions.get("onMessageSendHandler"),
        deadlineMs: DEFAULT_POLICY.enforcement.deadlineMs,
        mailboxMinor: state.mailboxMinor,
        locale,
        onOutcome: (outcome) => {
          send.disabled = false;
          view.show(outcome);
        },
      });
    });

    unsubscribe = sim.subscribe((change: SimChange) => {
      if (change === "recipients") for (const f of FIELDS) inputs.get(f)!.value = formatRecipients(state[f]);
      if (change === "subject") subject.value = state.subject;
      if (change === "body") editor.refresh();
      if (change === "attachments") attachments.refresh();
      if (change === "notifications") renderBar();
      if (change === "browser") renderBrowser();
    });

    const toolbar = el(
      "div",
      { className: "toolbar", attrs: { role: "toolbar", "aria-label": "Preview" } },
      el("label", { htmlFor: scenario.id }, `${text("scenario")} `, scenario),
      el("label", { htmlFor: language.id }, `${text("language")} `, language),
      el("label", { htmlFor: theme.id }, `${text("theme")} `, theme),
      paneToggle,
    );
    const compose = el(
      "form",
      { className: "compose", attrs: { "aria-label": text("composeLabel") } },
      el("div", { className: "send-row" }, send, view.status),
      view.bugs,
      bar,
      browserNote,
      ...FIELDS.map(recipientRow),
      el("div", { className: "row" }, el("label", { htmlFor: subject.id }, text("subject")), subject),
      attachments.root,
      editor.root,
    );
    compose.addEventListener("submit", (event) => event.preventDefault());
    root.replaceChildren(el("div", { className: `preview${dark ? " dark" : ""}` }, el("main", { className: "outlook" }, toolbar, compose), paneHost));
  };
  render();
}
