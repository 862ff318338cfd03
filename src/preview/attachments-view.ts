/**
 * Attaching real files from disk (real size, real bytes as base64, so a zip's entries are real)
 * and the attachment list with a remove button each. File names are shown as text only.
 */
import type { Locale } from "../engine/rule";
import type { OfficeSim } from "./office-sim/office";
import { el } from "./dom";
import { encodeBase64 } from "./scenarios";
import { simText } from "./strings";

export interface AttachmentsView {
  readonly root: HTMLElement;
  refresh(): void;
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

let nextId = 0;

export function createAttachmentsView(sim: OfficeSim, locale: Locale): AttachmentsView {
  const { state } = sim;
  const input = el("input", { id: "field-files", type: "file", multiple: true });
  const list = el("ul", { id: "attachment-list", className: "attachments", attrs: { "aria-label": simText(locale, "attach") } });

  const refresh = (): void => {
    if (state.attachments.length === 0) {
      list.replaceChildren(el("li", { className: "empty" }, simText(locale, "noAttachments")));
      return;
    }
    list.replaceChildren(
      ...state.attachments.map((a) => {
        const remove = el("button", { type: "button", className: "remove", attrs: { "aria-label": simText(locale, "remove", { name: a.name }) } }, "×");
        remove.addEventListener("click", () => {
          state.attachments = state.attachments.filter((x) => x.id !== a.id);
          sim.notify("attachments");
        });
        return el("li", { className: "attachment", dataset: { attachmentId: a.id } }, el("span", { className: "name" }, a.name), ` (${formatSize(a.size)}) `, remove);
      }),
    );
  };

  input.addEventListener("change", async () => {
    const files = Array.from(input.files ?? []);
    input.value = "";
    for (const file of files) {
      nextId += 1;
      state.attachments = [
        ...state.attachments,
        {
          id: `file-${nextId}`,
          name: file.name,
          size: file.size,
          isInline: false,
          attachmentType: "file",
          base64: encodeBase64(new Uint8Array(await file.arrayBuffer())),
        },
      ];
    }
    if (files.length > 0) sim.notify("attachments");
  });

  refresh();
  return { root: el("div", { className: "attach" }, el("label", { htmlFor: input.id }, `${simText(locale, "attach")} `, input), list), refresh };
}
