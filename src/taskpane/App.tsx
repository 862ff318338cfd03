import * as React from "react";
import { Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { Edit, Locale, ShareLink } from "../engine/rule";
import { LOCALES } from "../engine/rule";
import type { PaneEngine } from "./engine";
import type { PaneHost } from "../ports/host";
import { shareLineHtml } from "./share-line";
import { t } from "./strings";
import { statusText } from "./view-model";
import { usePaneCheck, type PaneCheck } from "./use-check";
import { CheckView } from "./components/CheckView";
import { PolicyProblemBanner } from "./components/PolicyProblemBanner";
import { StatusHeader } from "./components/StatusHeader";
import { ViewBoundary } from "./components/ViewBoundary";
import type { View } from "./components/PaneTabs";

// Help and Policy are not needed to check a message: they load when first opened.
const HelpView = React.lazy(() => import(/* webpackChunkName: "help" */ "./components/HelpView"));
const PolicyView = React.lazy(() => import(/* webpackChunkName: "policy" */ "./components/PolicyView"));
// Tabs and the language picker come a moment after the status (see components/nav.ts).
const PaneTabs = React.lazy(() => import(/* webpackChunkName: "nav" */ "./components/nav").then((m) => ({ default: m.PaneTabs })));
const LanguageSelect = React.lazy(() => import(/* webpackChunkName: "nav" */ "./components/nav").then((m) => ({ default: m.LanguageSelect })));

export interface AppProps {
  /** Everything from Outlook comes through here; the pane itself never touches Office. */
  host: PaneHost;
  /** The rules; a promise when the boot file loads them as a chunk of their own. */
  engine: PaneEngine | Promise<PaneEngine>;
}

const useStyles = makeStyles({
  // Long unbroken names and addresses wrap anywhere: the pane never scrolls sideways.
  root: { padding: tokens.spacingHorizontalL, fontFamily: tokens.fontFamilyBase, overflowWrap: "anywhere", minWidth: 0 },
  // The tab strip's height, kept while it loads so the findings do not jump down.
  tabs: { marginBottom: tokens.spacingVerticalM, minHeight: "44px" },
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

export function App({ host, engine }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [locale, setLocale] = React.useState<Locale>(() => initialLocale(host));
  const [view, setView] = React.useState<View>("check");
  const check = usePaneCheck(host, engine, locale);
  const { loaded } = check;
  const rules = check.engine?.rules ?? [];
  const status = statusOf(check, locale);
  // The tabs and the language picker (a fifth of the pane's code, with tabster) are fetched and
  // drawn once the first verdict is on screen: until then they would only delay it. A check slow
  // enough to show its spinner (a big archive, a slow Office call) brings them sooner, so Help
  // and the language switch are never out of reach while it runs.
  const navShown = React.useRef(false);
  if (check.state.kind !== "checking" || check.slow) navShown.current = true;

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
        {navShown.current ? (
          <React.Suspense fallback={null}>
            <LanguageSelect locale={locale} onChange={changeLocale} />
          </React.Suspense>
        ) : null}
      </StatusHeader>
      <div className={styles.tabs}>
        {navShown.current ? (
          <React.Suspense fallback={null}>
            <PaneTabs locale={locale} view={view} onChange={setView} />
          </React.Suspense>
        ) : null}
      </div>
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
                notChecked={shown.notChecked}
                lastSendStopped={check.lastSendStopped}
                sendPolicyProblem={check.sendPolicyProblem}
                ignored={check.ignored}
                fixStates={check.fixStates}
                onFix={(finding, edit) => void check.fix(finding, edit)}
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
              {view === "policy" && loaded && check.engine ? <PolicyView locale={locale} loaded={loaded} rules={rules} /> : null}
            </React.Suspense>
          </ViewBoundary>
        )}
      </div>
    </main>
  );
}
