import * as React from "react";
import { Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";

export interface StatusHeaderProps {
  title: string;
  status: string;
  /** Shown only once a read has been slow (300 ms): quick reads do not flash a spinner. */
  slow: boolean;
  slowLabel: string;
  /** checking | pass | warn | block | error: for tests and the bench, which wait on it. */
  state: string;
  recheckLabel: string;
  onRecheck: () => void;
  /** The language picker, placed by the header. */
  children?: React.ReactNode;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    marginBottom: tokens.spacingVerticalM,
  },
  text: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: "10em" },
});

export function StatusHeader({ title, status, slow, slowLabel, state, recheckLabel, onRecheck, children }: StatusHeaderProps): React.JSX.Element {
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
      {slow ? <Spinner size="tiny" label={slowLabel} /> : null}
      <Button onClick={onRecheck} disabled={state === "checking"} data-testid="recheck">
        {recheckLabel}
      </Button>
      {children}
    </header>
  );
}
