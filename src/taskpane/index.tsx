/** Boot: the only file that joins Office (through the adapter) to React and the theme. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { RULES } from "../rules";
import { createOfficeHost } from "../adapters/office/host";
import { loadPanePolicy } from "../adapters/office/policy-load";
import { App } from "./App";

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  const host = createOfficeHost({ loadPolicy: loadPanePolicy });
  createRoot(container).render(
    <FluentProvider theme={host.dark ? webDarkTheme : webLightTheme}>
      <App host={host} rules={RULES} />
    </FluentProvider>,
  );
});
