/** The .pst/.ost adapter: an Outlook data file → one MessageSnapshot (or error) per message. */
export { readPst, pstHeaderProblem, type PstItem } from "./read-pst";
export { pstMessageSnapshot, isMailClass, type PstMessageOptions } from "./message";
