/** The .eml adapter: raw message bytes → MessageSnapshot. The caller reads the file. */
export {
  parseEml,
  DEFAULT_ARCHIVE_MAX_BYTES,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_DEPTH,
  NESTED_NAME_SEPARATOR,
  type EmlResult,
  type ParseEmlOptions,
} from "./parse-eml";
export type { ListArchive } from "./attachments";
