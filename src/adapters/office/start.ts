/**
 * Where the pane has been opened, as far as Office.js can tell: the boot file asks once and either
 * draws the pane or says why it cannot. Everything read from Office for that question is read here.
 */

/** Office.js and the scripts it loads next to it come from here: a firewall must let the pane reach it. */
export const OFFICE_JS_HOST = "appsforoffice.microsoft.com";
/** Office.js's Outlook scripts fetch MicrosoftAjax.js from here; without it Office.onReady never answers. */
export const MS_AJAX_HOST = "ajax.aspnetcdn.com";

export type OfficeStart =
  /** In Outlook, with a message being written: the pane can check it. */
  | { readonly kind: "outlook" }
  /**
   * Office.js runs but not around a message being written: a browser tab, another Office app, or
   * Outlook without an item. `displayLanguage` when the host told us one.
   */
  | { readonly kind: "elsewhere"; readonly host: string | null; readonly displayLanguage?: string }
  /** Office.js never arrived (blocked, offline): `Office` does not exist. */
  | { readonly kind: "missing" };

// Office.HostType.Outlook's value; compared as text because the preview's simulated Office has no enums.
const OUTLOOK = "Outlook";

export function officeStart(): Promise<OfficeStart> {
  // The page loads office.js with a plain <script> before the pane's deferred bundle, so by now it
  // has either run or failed for good.
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return Promise.resolve({ kind: "missing" });
  return Office.onReady().then(
    (info): OfficeStart => {
      // Outside any Office client Office.js reports host null (and logs a warning) within ~100 ms.
      const host = info?.host ? String(info.host) : null;
      if (host === OUTLOOK && Office.context?.mailbox?.item) return { kind: "outlook" };
      const displayLanguage = Office.context?.displayLanguage;
      return { kind: "elsewhere", host, ...(displayLanguage ? { displayLanguage } : {}) };
    },
    (): OfficeStart => ({ kind: "missing" }),
  );
}
