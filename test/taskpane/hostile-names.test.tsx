/**
 * @jest-environment jsdom
 */
/** The pane with hostile names: nothing reverses the line, nothing makes it endless. */
import * as React from "react";
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { makeEngine } from "../../src/taskpane/engine";
import recipientInvalidAddress from "../../src/rules/recipient-invalid-address";
import attachmentBlockedType from "../../src/rules/attachment-blocked-type";
import { MAX_SHOWN } from "../../src/engine/shown";
import { file, makeSnapshot, to } from "../helpers/snapshot";
import { fakeHost } from "../helpers/pane-host";
import "../../src/taskpane/components/RemedyPanel";

jest.setTimeout(20_000);

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

it("shows a right-to-left override in an address as a tag and a 10,000-character name shortened", async () => {
  const snapshot = makeSnapshot({
    recipients: [to("\u202Emoc.elpmaxe@ecila", "to", "\u202Eecila")],
    attachments: [file(`${"A".repeat(10_000)}.exe`, 1000)],
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={fakeHost({ snapshot })} engine={makeEngine([recipientInvalidAddress, attachmentBlockedType])} />
    </FluentProvider>,
  );
  const cards = await screen.findAllByTestId("finding", {}, { timeout: 5000 });
  const byRule = (id: string) => cards.find((c) => c.getAttribute("data-rule") === id)?.textContent ?? "";
  expect(byRule("recipient-invalid-address")).toContain("[RLO]moc.elpmaxe@ecila");
  const blocked = byRule("attachment-blocked-type");
  expect(blocked).toMatch(/A…A+\.exe/);
  expect(blocked).not.toMatch(new RegExp(`A{${MAX_SHOWN}}`));
  expect(document.body.textContent).not.toMatch(new RegExp(`A{${MAX_SHOWN}}`));
  expect(document.body.textContent).not.toMatch(BIDI);
});
