/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { render, screen, fireEvent, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import axe from "axe-core";
import { App } from "../../src/taskpane/App";
import { makeEngine } from "../../src/taskpane/engine";
import { RULES } from "../../src/rules";
import { file, makeSnapshot, to } from "../helpers/snapshot";
import { fakeHost } from "../helpers/pane-host";
import { BootNotice } from "../../src/taskpane/components/BootNotice";
// The pane loads these parts lazily; loading them here first keeps the tests' waits short.
import "../../src/taskpane/components/nav";
import "../../src/taskpane/components/HelpView";
import "../../src/taskpane/components/PolicyView";
import "../../src/taskpane/components/RemedyPanel";
import "../../src/taskpane/components/ShareForm";

jest.setTimeout(30_000);
const SLOW = { timeout: 10_000 };
const ENGINE = makeEngine(RULES);

async function violations(container: HTMLElement): Promise<string[]> {
  // jsdom computes no layout or colours: contrast is checked in the browser, not here.
  const result = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

function headingLevels(container: HTMLElement): number[] {
  return [...container.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => Number(h.tagName[1]));
}

/** Headings start at h1 and never skip a level on the way down. */
function expectHeadingsInOrder(container: HTMLElement): void {
  const levels = headingLevels(container);
  expect(levels[0]).toBe(1);
  levels.forEach((level, i) => {
    if (i > 0) expect(level - levels[i - 1]).toBeLessThanOrEqual(1);
  });
}

const snapshot = makeSnapshot({
  subject: "",
  recipients: [to("ann@gmial.com")],
  attachments: [file("setup.exe", 12 * 1024 * 1024)],
});

function renderPane() {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={fakeHost({ snapshot })} engine={ENGINE} />
    </FluentProvider>,
  );
}

describe("task pane accessibility", () => {
  it("has no axe violations on the Check view, with findings, remedies and the share form open", async () => {
    const { container } = renderPane();
    await waitFor(() => expect(screen.getByTestId("status").getAttribute("data-state")).toBe("block"), SLOW);
    await screen.findByTestId("language-select", {}, SLOW);
    fireEvent.click((await screen.findAllByRole("button", { name: /How to fix/ }, SLOW))[0]);
    fireEvent.click(container.querySelector('[data-edit="insertShareLink"]') as HTMLElement);
    await screen.findByTestId("share-link-input", {}, SLOW);
    expect(await violations(container)).toEqual([]);
    expectHeadingsInOrder(container);
  });

  it("has no axe violations on the Help and Policy views", async () => {
    const { container } = renderPane();
    fireEvent.click(await screen.findByTestId("tab-help", {}, SLOW));
    await screen.findAllByTestId("help-topic", {}, SLOW);
    fireEvent.click(screen.getAllByTestId("help-topic")[0].querySelector("button") as HTMLElement);
    expect(await violations(container)).toEqual([]);
    expectHeadingsInOrder(container);
    fireEvent.click(screen.getByTestId("tab-policy"));
    await screen.findByTestId("policy-limits", {}, SLOW);
    expect(await violations(container)).toEqual([]);
    expectHeadingsInOrder(container);
  });

  it("builds every control from native buttons, inputs, selects and links (keyboard-reachable)", async () => {
    const { container } = renderPane();
    await waitFor(() => expect(screen.getByTestId("status").getAttribute("data-state")).toBe("block"), SLOW);
    await screen.findByTestId("language-select", {}, SLOW);
    const controls = [...container.querySelectorAll<HTMLElement>("button, input, select, a[href], [role=tab]")];
    expect(controls.length).toBeGreaterThan(5);
    for (const control of controls) expect(["BUTTON", "INPUT", "SELECT", "A"]).toContain(control.tagName);
    // Nothing clickable is a bare div or span, which the keyboard could not reach.
    expect(container.querySelectorAll("div[onclick], span[onclick], [role=button]:not(button)")).toHaveLength(0);
  });

  it.each(["elsewhere", "missing", "waiting"] as const)("has no axe violations on the %s notice the pane shows instead of a check", async (kind) => {
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <BootNotice kind={kind} locale="zh-TW" hosts={{ officeJs: "appsforoffice.microsoft.com", msAjax: "ajax.aspnetcdn.com" }} />
      </FluentProvider>,
    );
    expect(await violations(container)).toEqual([]);
    expectHeadingsInOrder(container);
  });
});
