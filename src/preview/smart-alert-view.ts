/**
 * Draws what Outlook shows after Send: a "Sent." line, or the Smart Alerts dialog (modal,
 * role="dialog", focus kept inside, Escape = the cancel button), or a handler bug. Every text the
 * handler supplies is set as textContent or through the markdown renderer's DOM text.
 */
import type { Locale } from "../engine/rule";
import { el } from "./dom";
import { renderMarkdown } from "./markdown";
import type { SendOutcome } from "./smart-alert";
import { simText } from "./strings";

/** When Outlook says "taking longer than expected" (DESIGN.md §7: about 5 s). */
export const SLOW_SEND_MS = 5000;

export interface SendViewActions {
  /** The dialog's cancel button had a commandId: open (or focus) the task pane and re-check. */
  openPane(commandId: string): void;
  /** The message left (allowed, or "Send anyway"). */
  sent(): void;
}

export interface SendView {
  /** The status line and the bug line, placed in the compose window. */
  readonly status: HTMLElement;
  readonly bugs: HTMLElement;
  checking(): void;
  show(outcome: SendOutcome): void;
}

export function createSendView(locale: Locale, actions: SendViewActions, returnFocus: () => HTMLElement | undefined): SendView {
  const status = el("p", { id: "send-result", attrs: { role: "status" } });
  const bugs = el("ul", { id: "send-bugs", className: "bugs", attrs: { "aria-label": "Handler problems" } });
  let open: HTMLElement | undefined;
  let slow: ReturnType<typeof setTimeout> | undefined;

  const reportBug = (text: string): void => {
    bugs.append(el("li", { className: "bug", attrs: { role: "alert" } }, text));
  };

  const close = (): void => {
    open?.remove();
    open = undefined;
    returnFocus()?.focus();
  };

  const dialog = (outcome: Extract<SendOutcome, { kind: "blocked" }>): void => {
    const titleId = "smart-alert-title";
    const bodyId = "smart-alert-body";
    const body = el("div", { id: bodyId, className: "smart-alert-body" });
    if (outcome.markdown) body.append(renderMarkdown(document, outcome.markdown));
    else body.append(el("p", { className: "plain" }, outcome.text));
    const cancel = el("button", { type: "button", id: "smart-alert-cancel" }, outcome.cancelLabel);
    cancel.addEventListener("click", () => {
      close();
      status.textContent = simText(locale, "notSent");
      if (outcome.commandId) actions.openPane(outcome.commandId);
    });
    const buttons: HTMLButtonElement[] = [];
    if (outcome.prompt) {
      const anyway = el("button", { type: "button", id: "smart-alert-send-anyway" }, simText(locale, "sendAnyway"));
      anyway.addEventListener("click", () => {
        close();
        status.textContent = simText(locale, "sent");
        actions.sent();
      });
      buttons.push(anyway);
    }
    buttons.push(cancel);
    const box = el(
      "div",
      { id: "smart-alert", className: "smart-alert", attrs: { role: "dialog", "aria-modal": "true", "aria-labelledby": titleId, "aria-describedby": bodyId } },
      el("h2", { id: titleId }, "Mail Preflight"),
      body,
      el("div", { className: "smart-alert-buttons" }, ...buttons),
    );
    box.addEventListener("keydown", (event) => {
      if (event.key === "Escape") cancel.click();
      if (event.key !== "Tab") return;
      // Keep focus in the modal, as Outlook's dialog does.
      const first = buttons[0];
      const last = buttons[buttons.length - 1];
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    });
    open = el("div", { className: "smart-alert-backdrop" }, box);
    document.body.append(open);
    buttons[0].focus();
  };

  return {
    status,
    bugs,
    checking: () => {
      if (open) close();
      bugs.replaceChildren();
      status.textContent = simText(locale, "sending");
      clearTimeout(slow);
      // Outlook tells the user after about five seconds that the add-in is slow.
      slow = setTimeout(() => (status.textContent = simText(locale, "slowSend")), SLOW_SEND_MS);
    },
    show: (outcome) => {
      clearTimeout(slow);
      if (outcome.kind === "bug") return reportBug(outcome.detail);
      for (const problem of outcome.problems) reportBug(problem);
      if (outcome.kind === "sent") {
        status.textContent = simText(locale, "sent");
        actions.sent();
        return;
      }
      status.textContent = "";
      dialog(outcome);
    },
  };
}
