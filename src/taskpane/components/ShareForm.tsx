import * as React from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { Locale } from "../../engine/rule";
import type { EditResult } from "../../ports/host";
import { parseShareUrl } from "../share-line";
import { t } from "../strings";

export interface ShareFormProps {
  locale: Locale;
  name: string;
  driveName: string;
  busy: boolean;
  onOpenDrive(): Promise<EditResult>;
  onConfirm(url: string): void;
  onCancel(): void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

/** Share instead of attach: opens the drive once, then takes the pasted link. */
export default function ShareForm({ locale, name, driveName, busy, onOpenDrive, onConfirm, onCancel }: ShareFormProps): React.JSX.Element {
  const styles = useStyles();
  const [url, setUrl] = React.useState("");
  const [invalid, setInvalid] = React.useState(false);
  const [openError, setOpenError] = React.useState<string | undefined>();
  const input = React.useRef<HTMLInputElement>(null);

  React.useEffect(() => {
    let live = true;
    onOpenDrive().then(
      (result) => live && setOpenError(result.ok ? undefined : result.error),
      (error: unknown) => live && setOpenError(String(error)),
    );
    input.current?.focus();
    return () => {
      live = false;
    };
    // Opened once when the form appears, not again on every render.
  }, []);

  const confirm = (): void => {
    const parsed = parseShareUrl(url);
    setInvalid(parsed === undefined);
    if (parsed !== undefined) onConfirm(parsed);
  };

  return (
    <form
      className={styles.root}
      onSubmit={(event) => {
        event.preventDefault();
        confirm();
      }}
    >
      {openError !== undefined ? <div role="alert">{t(locale, "shareOpenFailed", { drive: driveName, error: openError })}</div> : null}
      <Field
        label={t(locale, "shareLinkLabel", { name, drive: driveName })}
        validationState={invalid ? "error" : "none"}
        validationMessage={invalid ? t(locale, "shareLinkInvalid", { drive: driveName }) : undefined}
      >
        <Input ref={input} type="url" value={url} data-testid="share-link-input" onChange={(_e, data) => setUrl(data.value)} />
      </Field>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" size="small" disabled={busy} data-testid="share-link-confirm">
          {t(locale, "shareConfirm")}
        </Button>
        <Button size="small" onClick={onCancel} disabled={busy}>
          {t(locale, "shareCancel")}
        </Button>
      </div>
    </form>
  );
}
