import * as React from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Locale } from "../../engine/rule";
import { t } from "../strings";

/** A remedy already rendered in the user's language, with readable citations. */
export interface RemedyView {
  readonly title: string;
  readonly steps: readonly string[];
  readonly sources: readonly string[];
}

const useStyles = makeStyles({
  steps: { marginBlock: tokens.spacingVerticalXS, paddingInlineStart: tokens.spacingHorizontalXL },
  source: { color: tokens.colorNeutralForeground3 },
});

/** The manual's steps, folded away until asked for: the finding itself comes first. */
export function RemedyPanel({ remedy, locale }: { remedy: RemedyView; locale: Locale }): React.JSX.Element {
  const styles = useStyles();
  return (
    <Accordion collapsible>
      <AccordionItem value="remedy">
        <AccordionHeader size="small">{`${t(locale, "howToFix")}: ${remedy.title}`}</AccordionHeader>
        <AccordionPanel>
          <ol className={styles.steps}>
            {remedy.steps.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
          <Text size={200} className={styles.source}>
            {t(locale, "remedySource", { sources: remedy.sources.join(t(locale, "listSeparator")) })}
          </Text>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
