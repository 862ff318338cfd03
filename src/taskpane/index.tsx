/** Boot: the only file that joins Office (through the adapter) to React and the theme. */
// First, so the chunks the first verdict needs are on their way before anything else runs.
import { engine, policy } from "./boot-chunks";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { pickLocale } from "../engine/format";
import { createOfficeHost } from "../adapters/office/host";
import { MS_AJAX_HOST, OFFICE_JS_HOST, officeStart } from "../adapters/office/start";
import { App } from "./App";
import { BootNotice, WAITING_NOTICE_MS, type BootNoticeKind } from "./components/BootNotice";

const container = document.getElementById("container");
if (container) {
  const root = createRoot(container);
  // Outside Outlook there is no display language: the browser's is the reader's best guess.
  const notice = (kind: BootNoticeKind, language: string | undefined = navigator.language): void =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <BootNotice kind={kind} locale={pickLocale(language)} hosts={{ officeJs: OFFICE_JS_HOST, msAjax: MS_AJAX_HOST }} />
      </FluentProvider>,
    );
  const waiting = setTimeout(() => notice("waiting"), WAITING_NOTICE_MS);
  void officeStart().then((start) => {
    clearTimeout(waiting);
    if (start.kind === "missing") return notice("missing");
    if (start.kind === "elsewhere") return notice("elsewhere", start.displayLanguage ?? navigator.language);
    const host = createOfficeHost({ loadPolicy: () => policy });
    root.render(
      <FluentProvider theme={host.dark ? webDarkTheme : webLightTheme}>
        <App host={host} engine={engine} />
      </FluentProvider>,
    );
  });
}
