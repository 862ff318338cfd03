/** The remedy catalogue: one remedy per rule id (a rule's meta.remedyId equals its id). */
import type { Locale, MessageData } from "../engine/rule";
import { formatText, listSeparator } from "../engine/format";
import type { Remedy } from "./types";
import { RECIPIENT_REMEDIES } from "./remedies-recipients";
import { ATTACHMENT_REMEDIES } from "./remedies-attachments";
import { CONTENT_REMEDIES } from "./remedies-content";
import { formatRef } from "./guides";

/** In catalogue order: recipients, attachments, content. */
export const REMEDY_LIST: readonly Remedy[] = [...RECIPIENT_REMEDIES, ...ATTACHMENT_REMEDIES, ...CONTENT_REMEDIES];

export const REMEDIES: ReadonlyMap<string, Remedy> = new Map(REMEDY_LIST.map((remedy) => [remedy.id, remedy]));

/** The remedy for a rule, or undefined for an unknown id (a rule added without one: a test catches it). */
export function getRemedy(id: string): Remedy | undefined {
  return REMEDIES.get(id);
}

/** The placeholders remedy texts may use: {drive} from the policy's cloud share, {limit} from the finding. */
export const REMEDY_PLACEHOLDERS = ["drive", "limit"] as const;

export interface RenderedRemedy {
  readonly title: string;
  readonly steps: readonly string[];
  /** Short citations, e.g. "B §三(二)2". */
  readonly sources: readonly string[];
}

/**
 * A remedy in one language with its placeholders filled. Pass `drive` (the drive's name in that
 * language) and the finding's data; a placeholder without a value stays visible as written.
 */
export function renderRemedy(remedy: Remedy, locale: Locale, data: MessageData = {}): RenderedRemedy {
  return {
    title: formatText(remedy.title[locale], data, listSeparator(locale)),
    steps: remedy.steps.map((step) => formatText(step[locale], data, listSeparator(locale))),
    sources: remedy.sources.map(formatRef),
  };
}
