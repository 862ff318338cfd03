import * as React from "react";
import { Tab, TabList } from "@fluentui/react-components";
import type { Locale } from "../../engine/rule";
import { t } from "../strings";

export type View = "check" | "help" | "policy";
export const VIEWS: readonly View[] = ["check", "help", "policy"];
const LABELS = { check: "tabCheck", help: "tabHelp", policy: "tabPolicy" } as const;

/** The three views. Each tab controls the one panel below (id "panel"). */
export function PaneTabs({ locale, view, onChange }: { locale: Locale; view: View; onChange(view: View): void }): React.JSX.Element {
  return (
    <TabList selectedValue={view} onTabSelect={(_e, data) => onChange(VIEWS.find((v) => v === data.value) ?? "check")}>
      {VIEWS.map((v) => (
        <Tab key={v} value={v} id={`tab-${v}`} data-testid={`tab-${v}`} aria-controls="panel">
          {t(locale, LABELS[v])}
        </Tab>
      ))}
    </TabList>
  );
}
