import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, Locale } from "../../engine/rule";
import { t } from "../strings";
import { highlightParts, matchedWords } from "../view-model";

const useStyles = makeStyles({
  root: { color: tokens.colorNeutralForeground2 },
  hit: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** The matched words in their context, as text: the excerpt is message content. */
export function Excerpt({ finding, excerpt, locale }: { finding: Finding; excerpt: string; locale: Locale }): React.JSX.Element {
  const styles = useStyles();
  const parts = highlightParts(excerpt, matchedWords(finding));
  return (
    <Text className={styles.root} size={200}>
      {t(locale, "inText")}{" "}
      <q>
        {parts.map((part, i) =>
          part.hit ? (
            <mark key={i} className={styles.hit}>
              {part.text}
            </mark>
          ) : (
            <React.Fragment key={i}>{part.text}</React.Fragment>
          ),
        )}
      </q>
    </Text>
  );
}
