/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import HelpView from "../../src/taskpane/components/HelpView";
import type { SupportContact } from "../../src/engine/policy/types";

function renderContacts(support: SupportContact[]): HTMLElement[] {
  render(
    <FluentProvider theme={webLightTheme}>
      <HelpView locale="en-US" support={support} />
    </FluentProvider>,
  );
  return screen.getAllByTestId("support-contact");
}

const NAME = { "zh-CN": "信息中心", "zh-TW": "資訊中心", "en-US": "IT desk" };

describe("support contacts in the Help view", () => {
  it("links a plain address with mailto: and the address alone", () => {
    const [contact] = renderContacts([{ name: NAME, email: "it@example.cn" }]);
    expect(within(contact).getByRole("link", { name: "it@example.cn" }).getAttribute("href")).toBe("mailto:it@example.cn");
  });

  it("shows an address that carries more than an address as text, with no link", () => {
    // A cached or hand-edited policy can hold what the schema refuses.
    const contacts = renderContacts([
      { name: NAME, email: "it@example.cn?cc=boss@example.cn&body=please" },
      { name: NAME, email: "javascript:alert(1)@x.y" },
      { name: NAME, url: "https://help.example.cn/\u202etxt.exe" },
      { name: NAME, url: "https://help.example.cn/a\u0000" },
    ]);
    for (const contact of contacts) expect(within(contact).queryByRole("link")).toBeNull();
    expect(contacts[0].textContent).toContain("it@example.cn?cc=boss@example.cn&body=please");
    expect(contacts[1].textContent).toContain("javascript:alert(1)@x.y");
  });
});
