/** The manual: remedy catalogue, help topics and their search, guide titles and citations. */
export type { GuideId, ManualRef, Remedy, HelpTopic } from "./types";
export { GUIDES, GUIDE_IDS, GUIDE_SECTIONS, formatRef, describeRef } from "./guides";
export { REMEDIES, REMEDY_LIST, REMEDY_PLACEHOLDERS, getRemedy, renderRemedy, type RenderedRemedy } from "./remedies";
export { HELP_TOPICS, HELP_GROUPS, getHelpTopic, type HelpGroup } from "./help";
export { searchHelp, normalizeForSearch, tokenize } from "./search";
