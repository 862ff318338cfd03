import * as React from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, Locale } from "../../engine/rule";
import { describeRef } from "../../manual/guides";
import { getRemedy, renderRemedy } from "../../manual/remedies";
import { listSeparator } from "../../engine/format";
import { t } from "../strings";

export interface RemedyPanelProps {
  finding: Finding;
  locale: Locale;
  /** The company drive's name in this language, for the {drive} placeholder. */
  driveName: string;
}

const useStyles = makeStyles({
  steps: { marginBlock: tokens.spacingVerticalXS, paddingInlineStart: tokens.spacingHorizontalXL },
  source: { color: tokens.colorNeutralForeground3 },
});

/**
 * The manual's steps for one finding, folded away until asked for: the finding itself comes
 * first. Loaded as a chunk of its own with the remedy catalogue (see FindingCard).
 */
export default function RemedyPanel({ finding, locale, driveName }: RemedyPanelProps): React.JSX.Element | null {
  const styles = useStyles();
  const remedy = getRemedy(finding.remedyId);
  if (!remedy) return null;
  const view = renderRemedy(remedy, locale, { ...finding.data, drive: driveName });
  const sources = remedy.sources.map((ref) => describeRef(ref, locale));
  return (
    <Accordion collapsible>
      <AccordionItem value="remedy">
        <AccordionHeader size="small">{t(locale, "howToFix", { title: view.title })}</AccordionHeader>
        <AccordionPanel>
          <ol className={styles.steps}>
            {view.steps.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
          <Text size={200} className={styles.source}>
            {t(locale, "remedySource", { sources: sources.join(listSeparator(locale)) })}
          </Text>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
