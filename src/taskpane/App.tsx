import * as React from "react";
import { Spinner, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import type { AnyRule, Edit, Locale } from "../engine/rule";
import { LOCALES } from "../engine/rule";
import { coverageGaps } from "../text/coverage";
import type { PaneHost, ShareLink } from "./host";
import { shareLineHtml } from "./share-line";
import { t } from "./strings";
import { statusText } from "./view-model";
import { usePaneCheck, type PaneCheck } from "./use-check";
import { CheckView } from "./components/CheckView";
import { LanguageSelect } from "./components/LanguageSelect";
import { PolicyProblemBanner } from "./components/PolicyProblemBanner";
import { StatusHeader } from "./components/StatusHeader";
import { ViewBoundary } from "./components/ViewBoundary";

// Help and Policy are not needed to check a message: they load when first opened.
const HelpView = React.lazy(() => import(/* webpackChunkName: "pane-help" */ "./components/HelpView"));
const PolicyView = React.lazy(() => import(/* webpackChunkName: "pane-policy" */ "./components/PolicyView"));

export interface AppProps {
  /** Everything from Outlook comes through here; the pane itself never touches Office. */
  host: PaneHost;
  rules: readonly AnyRule[];
}

type View = "check" | "help" | "policy";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, fontFamily: tokens.fontFamilyBase },
  tabs: { marginBottom: tokens.spacingVerticalM },
});

const LOCALE_KEY = "locale";

function initialLocale(host: PaneHost): Locale {
  const saved = host.loadSetting(LOCALE_KEY);
  return LOCALES.find((l) => l === saved) ?? host.displayLocale;
}

function statusOf(check: PaneCheck, locale: Locale): { state: string; text: string } {
  const { state } = check;
  if (state.kind === "checking") return { state: "checking", text: t(locale, "checking") };
  if (state.kind === "error") return { state: "error", text: t(locale, "readFailed", { error: state.error }) };
  return { state: state.report.verdict, text: statusText(locale, state.report) };
}

export function App({ host, rules }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [locale, setLocale] = React.useState<Locale>(() => initialLocale(host));
  const [view, setView] = React.useState<View>("check");
  const check = usePaneCheck(host, rules, locale);
  const { loaded } = check;
  const status = statusOf(check, locale);

  const changeLocale = (next: Locale): void => {
    setLocale(next);
    host.saveSetting(LOCALE_KEY, next);
  };

  const buildShareLine = React.useCallback(
    (edit: Extract<Edit, { type: "insertShareLink" }>, url: string): ShareLink => {
      const cloudShare = loaded?.policy.cloudShare;
      if (!cloudShare) throw new Error("the policy is not loaded yet");
      return { url, html: shareLineHtml({ name: edit.name, size: edit.size, url, locale, cloudShare }) };
    },
    [loaded, locale],
  );

  const openDrive = React.useCallback(async () => {
    const url = loaded?.policy.cloudShare.url[locale];
    if (!url) return { ok: false as const, error: "no drive address in the policy" };
    return host.openUrl(url);
  }, [host, loaded, locale]);

  // While a background re-check runs, the last report stays on screen.
  const shown = check.state.kind === "done" ? check.state : check.state.kind === "checking" ? check.last : undefined;

  return (
    <main className={styles.root} lang={locale}>
      <StatusHeader
        title={t(locale, "title")}
        status={status.text}
        state={status.state}
        slow={check.slow}
        slowLabel={t(locale, "slow")}
        recheckLabel={t(locale, "recheck")}
        onRecheck={check.recheck}
      >
        <LanguageSelect locale={locale} onChange={changeLocale} />
      </StatusHeader>
      <TabList className={styles.tabs} selectedValue={view} onTabSelect={(_e, data) => setView(data.value as View)}>
        <Tab value="check" id="tab-check" data-testid="tab-check" aria-controls="panel">
          {t(locale, "tabCheck")}
        </Tab>
        <Tab value="help" id="tab-help" data-testid="tab-help" aria-controls="panel">
          {t(locale, "tabHelp")}
        </Tab>
        <Tab value="policy" id="tab-policy" data-testid="tab-policy" aria-controls="panel">
          {t(locale, "tabPolicy")}
        </Tab>
      </TabList>
      <div role="tabpanel" id="panel" aria-labelledby={`tab-${view}`}>
        {view === "check" ? (
          <>
            {loaded?.problem ? <PolicyProblemBanner problem={loaded.problem} locale={locale} cached={loaded.source.kind === "cached"} /> : null}
            {shown && loaded ? (
              <CheckView
                locale={locale}
                report={shown.report}
                rules={rules}
                policy={loaded.policy}
                gaps={coverageGaps(shown.snapshot)}
                lastSendStopped={check.lastSendStopped}
                ignored={check.ignored}
                fixStates={check.fixStates}
                onFix={(finding, edit, link) => void check.fix(finding, edit, link)}
                onIgnore={check.ignore}
                onOpenDrive={openDrive}
                buildShareLine={buildShareLine}
              />
            ) : null}
          </>
        ) : (
          <ViewBoundary locale={locale}>
            <React.Suspense fallback={<Spinner size="small" delay={300} label={t(locale, "loadingView")} />}>
              {view === "help" ? <HelpView locale={locale} support={loaded?.policy.support ?? []} /> : null}
              {view === "policy" && loaded ? <PolicyView locale={locale} loaded={loaded} rules={rules} /> : null}
            </React.Suspense>
          </ViewBoundary>
        )}
      </div>
    </main>
  );
}
