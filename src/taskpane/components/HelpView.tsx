import * as React from "react";
import { Field, Input, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Locale } from "../../engine/rule";
import type { SupportContact } from "../../engine/policy/types";
import { HELP_GROUPS } from "../../manual/help";
import { searchHelp } from "../../manual/search";
import { mailtoHref, webHref } from "../../text/addresses/contact-links";
import { t } from "../strings";
import { HelpTopicList } from "./HelpTopicList";

export interface HelpViewProps {
  locale: Locale;
  support: readonly SupportContact[];
}

const useStyles = makeStyles({
  heading: { display: "block", marginBlock: tokens.spacingVerticalM },
  contact: { marginBottom: tokens.spacingVerticalS, display: "flex", flexDirection: "column" },
});

/** A link when the address is safe to link to; otherwise the same text, not clickable. */
function ContactLink({ href, children }: { href: string | undefined; children: string }): React.JSX.Element {
  return href ? <Link href={href}>{children}</Link> : <Text>{children}</Text>;
}

/** What a compose-time check cannot see: the manual's troubleshooting, searchable, and who to ask. */
export default function HelpView({ locale, support }: HelpViewProps): React.JSX.Element {
  const styles = useStyles();
  const [query, setQuery] = React.useState("");
  const results = query.trim() === "" ? undefined : searchHelp(query, locale);

  return (
    <>
      <Field label={t(locale, "helpSearch")}>
        <Input type="search" value={query} data-testid="help-search" onChange={(_e, data) => setQuery(data.value)} />
      </Field>
      {results ? (
        <section aria-labelledby="help-results">
          <Text as="h2" id="help-results" weight="semibold" size={300} className={styles.heading}>
            {t(locale, "helpResults")}
          </Text>
          {results.length > 0 ? <HelpTopicList topics={results} locale={locale} /> : <Text role="status">{t(locale, "helpNoResults")}</Text>}
        </section>
      ) : (
        HELP_GROUPS.map((group) => (
          <section key={group.id} aria-labelledby={`help-${group.id}`}>
            <Text as="h2" id={`help-${group.id}`} weight="semibold" size={300} className={styles.heading}>
              {group.title[locale]}
            </Text>
            <HelpTopicList topics={group.topics} locale={locale} />
          </section>
        ))
      )}
      <section aria-labelledby="help-support">
        <Text as="h2" id="help-support" weight="semibold" size={300} className={styles.heading}>
          {t(locale, "supportTitle")}
        </Text>
        {support.length === 0 ? <Text>{t(locale, "supportNone")}</Text> : null}
        {support.map((contact, i) => (
          <div key={i} className={styles.contact} data-testid="support-contact">
            <Text weight="semibold">{contact.name[locale]}</Text>
            {contact.email ? <ContactLink href={mailtoHref(contact.email)}>{contact.email}</ContactLink> : null}
            {contact.phone ? <Text>{t(locale, "supportPhone", { phone: contact.phone })}</Text> : null}
            {contact.url && webHref(contact.url) ? (
              <Link href={webHref(contact.url)} target="_blank" rel="noopener noreferrer">
                {t(locale, "labelValue", { label: t(locale, "supportWeb"), value: contact.url })}
              </Link>
            ) : null}
            {contact.hours ? <Text>{t(locale, "supportHours", { hours: contact.hours[locale] })}</Text> : null}
          </div>
        ))}
      </section>
    </>
  );
}
