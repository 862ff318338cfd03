/**
 * The message body: a contenteditable rich editor, and an "HTML source" switch that edits the
 * HTML itself (to try markup the rules read: links, hidden text, images). The rich view shows a
 * sanitised copy (safe-html.ts); typing there writes the editor's HTML back to the item.
 */
import type { Locale } from "../engine/rule";
import type { SimState } from "./office-sim/state";
import { el } from "./dom";
import { showHtml } from "./safe-html";
import { simText } from "./strings";

export interface BodyEditor {
  readonly root: HTMLElement;
  /** The item's body changed elsewhere (a scenario, the pane's share link). */
  refresh(): void;
}

export function createBodyEditor(state: SimState, locale: Locale): BodyEditor {
  const labelId = "field-body-label";
  const rich = el("div", {
    id: "field-body",
    contentEditable: "true",
    className: "body-rich",
    attrs: { role: "textbox", "aria-multiline": "true", "aria-labelledby": labelId },
  });
  const source = el("textarea", { id: "field-body-html", className: "body-source", rows: 10, hidden: true, spellcheck: false, attrs: { "aria-labelledby": labelId } });
  const toggle = el("input", { id: "field-body-toggle", type: "checkbox" });

  rich.addEventListener("input", () => {
    // Reading innerHTML is safe; it is the editor's own (sanitised) DOM, written back as HTML.
    state.bodyHtml = rich.innerHTML;
  });
  source.addEventListener("input", () => {
    state.bodyHtml = source.value;
  });
  const refresh = (): void => {
    if (toggle.checked) source.value = state.bodyHtml;
    else showHtml(rich, state.bodyHtml);
  };
  toggle.addEventListener("change", () => {
    source.hidden = !toggle.checked;
    rich.hidden = toggle.checked;
    refresh();
  });
  refresh();

  const root = el(
    "div",
    { className: "body" },
    el("div", { className: "body-head" }, el("span", { id: labelId }, simText(locale, "body")), el("label", { htmlFor: toggle.id }, toggle, ` ${simText(locale, "htmlToggle")}`)),
    rich,
    source,
  );
  return { root, refresh };
}
