import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Locale } from "../../engine/rule";
import { t } from "../strings";

interface Props {
  locale: Locale;
  children: React.ReactNode;
}

/** A lazily loaded view that fails (network gone, stale deploy) says so instead of blanking the pane. */
export class ViewBoundary extends React.Component<Props, { error?: string }> {
  override state: { error?: string } = {};

  static getDerivedStateFromError(error: unknown): { error: string } {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override render(): React.ReactNode {
    if (this.state.error === undefined) return this.props.children;
    return (
      <MessageBar intent="error">
        <MessageBarBody>{t(this.props.locale, "viewFailed", { error: this.state.error })}</MessageBarBody>
      </MessageBar>
    );
  }
}
