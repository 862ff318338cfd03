/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { render, screen, fireEvent } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { DEFAULT_POLICY } from "../../src/engine/policy-defaults";
import subjectEmpty from "../../src/rules/subject-empty";
import { makeSnapshot } from "../helpers/snapshot";
import type { MessageSnapshot } from "../../src/engine/snapshot";
import type { Locale } from "../../src/engine/rule";

function renderApp(readSnapshot: () => Promise<MessageSnapshot>, locale: Locale = "en-US") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App locale={locale} policy={DEFAULT_POLICY} rules={[subjectEmpty]} readSnapshot={readSnapshot} />
    </FluentProvider>,
  );
}

describe("task pane App", () => {
  it("shows ready to send for a clean message", async () => {
    renderApp(() => Promise.resolve(makeSnapshot({ subject: "Hello" })));
    expect(await screen.findByText("Ready to send")).toBeTruthy();
  });

  it("shows a finding card with the rule's message in the user's language", async () => {
    renderApp(() => Promise.resolve(makeSnapshot({ subject: "" })), "zh-TW");
    expect(await screen.findByText("0 個問題必須修正，1 個警告")).toBeTruthy();
    expect(screen.getByText(/郵件還沒有主旨/)).toBeTruthy();
  });

  it("says what went wrong when the message cannot be read, and rechecks on request", async () => {
    let calls = 0;
    renderApp(() => {
      calls += 1;
      return calls === 1 ? Promise.reject(new Error("subject.getAsync: no answer within 5000 ms")) : Promise.resolve(makeSnapshot());
    });
    expect(await screen.findByText(/Could not read this message: subject.getAsync: no answer/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Recheck" }));
    expect(await screen.findByText("Ready to send")).toBeTruthy();
  });
});
