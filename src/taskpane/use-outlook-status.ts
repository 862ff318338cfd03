/** What the pane tells Outlook, and what it hears back from the Send check. */
import * as React from "react";
import type { Locale, Report } from "../engine/rule";
import type { LastSendResult, PaneHost } from "../ports/host";
import { notificationText } from "./view-model";

/**
 * One line on the message's notification bar while it has problems, in the pane's language:
 * rewritten after every check and when the user switches language (not before the first report).
 */
export function useNotification(host: PaneHost, locale: Locale, report: Report | undefined): void {
  React.useEffect(() => {
    if (report) host.setNotification(notificationText(locale, report)).catch(() => undefined);
  }, [host, locale, report]);
}

/** What the Send check decided last time for this message (shared through sessionData). */
export function useLastSend(host: PaneHost): LastSendResult | undefined {
  const [last, setLast] = React.useState<LastSendResult | undefined>();
  React.useEffect(() => {
    let active = true;
    host.readLastSend().then(
      (result) => active && setLast(result),
      () => undefined, // no shared Send result: nothing to say
    );
    return () => {
      active = false;
    };
  }, [host]);
  return last;
}
