/** The Help view's topics: what a compose-time check cannot see, grouped as the pane shows them. */
import type { LocalizedText } from "../engine/rule";
import type { HelpTopic } from "./types";
import { SENDING_TOPICS } from "./help-sending";
import { BOUNCE_TOPICS } from "./help-bounces";
import { RECEIVING_TOPICS } from "./help-receiving";
import { ACCOUNT_TOPICS } from "./help-account";
import { L } from "./text";

export interface HelpGroup {
  readonly id: "sending" | "receiving" | "account";
  readonly title: LocalizedText;
  readonly topics: readonly HelpTopic[];
}

export const HELP_GROUPS: readonly HelpGroup[] = [
  { id: "sending", title: L("发不出去", "寄不出去", "Cannot send"), topics: [...SENDING_TOPICS, ...BOUNCE_TOPICS] },
  { id: "receiving", title: L("收不到邮件", "收不到信", "Cannot receive"), topics: RECEIVING_TOPICS },
  { id: "account", title: L("账号与设置", "帳號與設定", "Account and setup"), topics: ACCOUNT_TOPICS },
];

/** Every topic in a fixed order (the groups' order): the order search results fall back to. */
export const HELP_TOPICS: readonly HelpTopic[] = HELP_GROUPS.flatMap((group) => group.topics);

export function getHelpTopic(id: string): HelpTopic | undefined {
  return HELP_TOPICS.find((topic) => topic.id === id);
}
