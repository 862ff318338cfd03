import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../engine/rule";

export interface FindingCardProps {
  finding: Finding;
  message: string;
  title: string;
}

const useStyles = makeStyles({
  root: { marginBottom: tokens.spacingVerticalS },
});

const INTENT = { block: "error", warn: "warning", info: "info" } as const;

/** One finding: its severity as the bar's intent, the rule's message rendered as plain text. */
export function FindingCard({ finding, message, title }: FindingCardProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <MessageBar className={styles.root} intent={INTENT[finding.severity]} data-testid="finding" data-rule={finding.ruleId} data-severity={finding.severity}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}
