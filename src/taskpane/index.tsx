/** Boot: the only file that joins Office (through the adapter) to React and the theme. */
// First, so the chunks the first verdict needs are on their way before anything else runs.
import { engine, policy } from "./boot-chunks";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createOfficeHost } from "../adapters/office/host";
import { App } from "./App";

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  const host = createOfficeHost({ loadPolicy: () => policy });
  createRoot(container).render(
    <FluentProvider theme={host.dark ? webDarkTheme : webLightTheme}>
      <App host={host} engine={engine} />
    </FluentProvider>,
  );
});
