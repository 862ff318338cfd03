import * as React from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Locale } from "../../engine/rule";
import type { HelpTopic } from "../../manual/types";
import { describeRef } from "../../manual/guides";
import { listSeparator } from "../../engine/format";
import { t } from "../strings";

const useStyles = makeStyles({
  steps: { marginBlock: tokens.spacingVerticalXS, paddingInlineStart: tokens.spacingHorizontalXL },
  source: { color: tokens.colorNeutralForeground3 },
});

/** Topics as an accordion: each title is a heading one level below the list's own heading. */
export function HelpTopicList({ topics, locale }: { topics: readonly HelpTopic[]; locale: Locale }): React.JSX.Element {
  const styles = useStyles();
  return (
    <Accordion collapsible multiple>
      {topics.map((topic) => (
        <AccordionItem key={topic.id} value={topic.id} data-testid="help-topic" data-topic={topic.id}>
          <AccordionHeader as="h3">{topic.title[locale]}</AccordionHeader>
          <AccordionPanel>
            <Text block>{t(locale, "helpSymptoms", { symptoms: topic.symptoms[locale] })}</Text>
            <ol className={styles.steps}>
              {topic.steps.map((step, i) => (
                <li key={i}>{step[locale]}</li>
              ))}
            </ol>
            <Text size={200} className={styles.source}>
              {t(locale, "remedySource", { sources: topic.sources.map((ref) => describeRef(ref, locale)).join(listSeparator(locale)) })}
            </Text>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
