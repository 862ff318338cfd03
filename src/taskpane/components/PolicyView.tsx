import * as React from "react";
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { AnyRule, Locale, Severity } from "../../engine/rule";
import { localize } from "../../engine/format";
import { ruleSetting } from "../../engine/policy/resolve";
import { formatSize } from "../../text/files/size";
import type { LoadedPolicy, PolicySource } from "../../ports/host";
import { t, type StringId } from "../strings";
import { PolicyProblemBanner } from "./PolicyProblemBanner";

export interface PolicyViewProps {
  locale: Locale;
  loaded: LoadedPolicy;
  rules: readonly AnyRule[];
}

const SEVERITY: Record<Severity, StringId> = { block: "severityBlock", warn: "severityWarn", info: "severityInfo", off: "severityOff" };

const useStyles = makeStyles({
  heading: { display: "block", marginBlock: tokens.spacingVerticalM },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

function sourceText(source: PolicySource, locale: Locale): string {
  if (source.kind === "defaults") return t(locale, "sourceDefaults");
  const time = new Date(source.fetchedAt).toLocaleString(locale);
  return t(locale, source.kind === "hosted" ? "sourceHosted" : "sourceCached", { url: source.url, time });
}

/** The rules in force: where they come from, the limits, and each check's severity. */
export default function PolicyView({ locale, loaded, rules }: PolicyViewProps): React.JSX.Element {
  const styles = useStyles();
  const { policy, source, problem } = loaded;
  const limits: [StringId, string][] = [
    ["limitShare", formatSize(policy.limits.shareLinkThresholdBytes, locale)],
    ["limitAttachment", formatSize(policy.limits.attachmentMaxBytes, locale)],
    ["limitMessage", formatSize(policy.limits.messageMaxBytes, locale)],
    ["limitRecipients", String(policy.limits.maxRecipients)],
  ];
  return (
    <>
      {problem ? <PolicyProblemBanner problem={problem} locale={locale} cached={source.kind === "cached"} /> : null}
      <Text as="h2" weight="semibold" size={300} className={styles.heading}>
        {t(locale, "policySource")}
      </Text>
      <ul className={styles.list}>
        <li data-testid="policy-source">{sourceText(source, locale)}</li>
        <li>{policy.presets.length > 0 ? t(locale, "presets", { names: policy.presets.join(", ") }) : t(locale, "presetsNone")}</li>
      </ul>
      <Text as="h2" weight="semibold" size={300} className={styles.heading}>
        {t(locale, "policyLimits")}
      </Text>
      <ul className={styles.list} data-testid="policy-limits">
        {limits.map(([id, value]) => (
          <li key={id}>{t(locale, "labelValue", { label: t(locale, id), value })}</li>
        ))}
      </ul>
      <Text as="h2" weight="semibold" size={300} className={styles.heading}>
        {t(locale, "policyRules")}
      </Text>
      <Table size="small" aria-label={t(locale, "policyRules")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t(locale, "policyRules")}</TableHeaderCell>
            <TableHeaderCell>{t(locale, "policySeverity")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rules.map((rule) => {
            const { severity } = ruleSetting(policy, rule.meta.id, rule.meta.defaultSeverity, {});
            return (
              <TableRow key={rule.meta.id} data-testid="policy-rule" data-rule={rule.meta.id} data-severity={severity}>
                <TableCell>{localize(rule.meta.description, locale)}</TableCell>
                <TableCell>{t(locale, SEVERITY[severity])}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </>
  );
}
