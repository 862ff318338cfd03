/** The only list of rules. Adding a rule: its file, its table test, its doc page, one line here. */
import type { AnyRule } from "../engine/rule";
import subjectEmpty from "./subject-empty";

export const RULES: readonly AnyRule[] = [
  subjectEmpty,
];
