import * as React from "react";
import { MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Locale } from "../../engine/rule";
import { t, type StringId } from "../strings";

/**
 * Why the pane shows no check: opened outside Outlook, Office.js blocked, or still waiting for
 * Outlook. Office.onReady never calls back when a script Office.js loads after itself is blocked
 * (its file table, the Outlook script, MicrosoftAjax.js), so after this long the pane says what it
 * waits for (and keeps waiting: a slow Outlook still wins).
 */
export const WAITING_NOTICE_MS = 8000;

export type BootNoticeKind = "elsewhere" | "missing" | "waiting";

const TEXT: Readonly<Record<BootNoticeKind, StringId>> = { elsewhere: "bootElsewhere", missing: "bootMissing", waiting: "bootWaiting" };

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, fontFamily: tokens.fontFamilyBase, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface BootNoticeProps {
  kind: BootNoticeKind;
  locale: Locale;
  /** The addresses a firewall must allow for Office.js: its own, and MicrosoftAjax.js's. */
  hosts: { readonly officeJs: string; readonly msAjax: string };
}

export function BootNotice({ kind, locale, hosts }: BootNoticeProps): React.JSX.Element {
  const styles = useStyles();
  const textId = React.useId();
  return (
    <main className={styles.root} lang={locale} data-testid="boot-notice" data-kind={kind}>
      <Text as="h1" size={500} weight="semibold">
        {t(locale, "title")}
      </Text>
      {/* The spinner's name is the text below it, which starts "Waiting for Outlook…". */}
      {kind === "waiting" && <Spinner size="tiny" aria-labelledby={textId} />}
      <MessageBar intent={kind === "missing" ? "error" : "info"} layout="multiline">
        <MessageBarBody id={textId}>{t(locale, TEXT[kind], hosts)}</MessageBarBody>
      </MessageBar>
    </main>
  );
}
