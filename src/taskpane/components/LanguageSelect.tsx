import * as React from "react";
import { Select, makeStyles, tokens, useId } from "@fluentui/react-components";
import { LOCALES, type Locale } from "../../engine/rule";
import { LOCALE_NAMES, t } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

export function LanguageSelect({ locale, onChange }: { locale: Locale; onChange(locale: Locale): void }): React.JSX.Element {
  const styles = useStyles();
  const id = useId("language");
  return (
    <div className={styles.root}>
      <label htmlFor={id}>{t(locale, "language")}</label>
      <Select
        id={id}
        size="small"
        value={locale}
        data-testid="language-select"
        onChange={(_e, data) => {
          const next = LOCALES.find((l) => l === data.value);
          if (next) onChange(next);
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </Select>
    </div>
  );
}
