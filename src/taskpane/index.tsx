/** Boot: the only file that joins Office (through the adapter) to React and the theme. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { DEFAULT_POLICY } from "../engine/policy-defaults";
import { pickLocale } from "../engine/format";
import { RULES } from "../rules";
import { readComposeSnapshot } from "../adapters/office/read";
import { archiveReader } from "../adapters/office/archive-content";
import { listZip } from "../archive/zip";
import { isDarkTheme } from "../adapters/office/theme";
import { App } from "./App";

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  const locale = pickLocale(Office.context.displayLanguage);
  const theme = isDarkTheme() ? webDarkTheme : webLightTheme;
  // The pane lists zip attachments (the Send handler does not: its file must stay small).
  const readSnapshot = () =>
    readComposeSnapshot(Office.context.mailbox.item as Office.MessageCompose, {
      readContent: archiveReader((bytes) => listZip(bytes), { archiveMaxBytes: DEFAULT_POLICY.archiveScanMaxBytes }),
    });
  createRoot(container).render(
    <FluentProvider theme={theme}>
      <App locale={locale} policy={DEFAULT_POLICY} rules={RULES} readSnapshot={readSnapshot} />
    </FluentProvider>,
  );
});
