/**
 * The pane's navigation (tabs, language picker) as one chunk: with the tab strip's focus
 * handling (tabster) it is about a fifth of the pane's code, and the verdict must not wait for it.
 */
export { PaneTabs } from "./PaneTabs";
export { LanguageSelect } from "./LanguageSelect";
