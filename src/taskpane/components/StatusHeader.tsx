import * as React from "react";
import { Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";

export interface StatusHeaderProps {
  title: string;
  status: string;
  busy: boolean;
  /** checking | pass | warn | block | error: for tests and the bench, which wait on it. */
  state: string;
  recheckLabel: string;
  onRecheck: () => void;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    marginBottom: tokens.spacingVerticalM,
  },
  text: { display: "flex", flexDirection: "column", flexGrow: 1 },
});

export function StatusHeader({ title, status, busy, state, recheckLabel, onRecheck }: StatusHeaderProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <div className={styles.text}>
        <Text as="h1" weight="semibold" size={400}>
          {title}
        </Text>
        <Text role="status" data-testid="status" data-state={state}>
          {status}
        </Text>
      </div>
      {busy ? <Spinner size="tiny" /> : null}
      <Button onClick={onRecheck} disabled={busy}>
        {recheckLabel}
      </Button>
    </header>
  );
}
