/** Boot: the only file that joins Office (through the adapter) to React and the theme. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createOfficeHost } from "../adapters/office/host";
import { App } from "./App";

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  // The policy loader (with its validator) and the rules come as chunks of their own, fetched
  // side by side while React paints the pane's header. The policy is asked for here, at boot,
  // not when the check view mounts: the first verdict waits on it.
  const policy = import(/* webpackChunkName: "policy-load" */ "../adapters/office/policy-load").then((m) => m.loadPanePolicy());
  const host = createOfficeHost({ loadPolicy: () => policy });
  const engine = import(/* webpackChunkName: "engine" */ "./engine-default").then((m) => m.default);
  createRoot(container).render(
    <FluentProvider theme={host.dark ? webDarkTheme : webLightTheme}>
      <App host={host} engine={engine} />
    </FluentProvider>,
  );
});
