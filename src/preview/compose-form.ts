/**
 * The simulated compose window. Built with plain DOM calls and `textContent` only, so nothing a
 * tester types or a file name can ever become markup.
 */
import type { OfficeSim } from "./office-sim/office";
import type { SimRecipient } from "./office-sim/state";

type Field = "to" | "cc" | "bcc";

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

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

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function buildComposeForm(root: HTMLElement, sim: OfficeSim): void {
  const { state } = sim;
  const pane = el("iframe", { src: "preview-taskpane.html", title: "Mail Preflight task pane", className: "pane" });
  const reloadPane = (): void => pane.contentWindow?.location.reload();

  const recipientInput = (field: Field, label: string): HTMLElement => {
    const input = el("input", { id: `field-${field}`, type: "text", value: "" });
    input.addEventListener("change", () => {
      state[field] = parseRecipients(input.value);
      sim.notify("recipients");
    });
    return el("label", { htmlFor: input.id }, `${label} `, input);
  };

  const subject = el("input", { id: "field-subject", type: "text" });
  subject.addEventListener("change", () => (state.subject = subject.value));
  const body = el("textarea", { id: "field-body", rows: 8 });
  body.addEventListener("change", () => (state.bodyHtml = body.value));

  const files = el("input", { id: "field-files", type: "file", multiple: true });
  const attachmentList = el("ul", { id: "attachment-list" });
  const renderAttachments = (): void => {
    attachmentList.replaceChildren(...state.attachments.map((a) => el("li", {}, `${a.name} (${a.size} bytes)`)));
  };
  files.addEventListener("change", async () => {
    for (const file of Array.from(files.files ?? [])) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      state.attachments.push({
        id: `sim-${Date.now()}-${state.attachments.length}`,
        name: file.name,
        size: file.size,
        isInline: false,
        attachmentType: "file",
        base64: toBase64(bytes),
      });
    }
    files.value = "";
    renderAttachments();
    sim.notify("attachments");
  });

  const language = el("select", { id: "field-language" });
  for (const tag of ["zh-CN", "zh-TW", "en-US"]) language.append(el("option", { value: tag }, tag));
  language.value = state.displayLanguage;
  language.addEventListener("change", () => {
    state.displayLanguage = language.value;
    reloadPane();
  });

  const dialog = el("div", { id: "smart-alert", role: "alertdialog", hidden: true });
  const send = el("button", { id: "send", type: "button" }, "Send");
  send.addEventListener("click", () => {
    const handler = sim.actions.get("onMessageSendHandler");
    if (!handler) return;
    void handler({
      completed: (options: { allowEvent: boolean; errorMessage?: string }) => {
        dialog.hidden = false;
        dialog.replaceChildren(
          el("p", {}, options.allowEvent ? "Sent." : "Mail Preflight stopped this message:"),
          ...(options.errorMessage ? [el("pre", {}, options.errorMessage)] : []),
        );
      },
    });
  });

  const compose = el(
    "form",
    { className: "compose", ariaLabel: "Simulated Outlook compose window" },
    recipientInput("to", "To"),
    recipientInput("cc", "Cc"),
    recipientInput("bcc", "Bcc"),
    el("label", { htmlFor: subject.id }, "Subject ", subject),
    el("label", { htmlFor: body.id }, "Body (HTML) ", body),
    el("label", { htmlFor: files.id }, "Attach ", files),
    attachmentList,
    el("label", { htmlFor: language.id }, "Outlook language ", language),
    send,
    dialog,
  );
  compose.addEventListener("submit", (event) => event.preventDefault());
  root.append(el("div", { className: "preview" }, compose, pane));
}
