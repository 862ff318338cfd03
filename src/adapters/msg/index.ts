/** The .msg adapter: Outlook item file bytes → MessageSnapshot. The caller reads the file. */
export { parseMsg, type ParseMsgOptions, type ParseMsgResult } from "./parse-msg";
