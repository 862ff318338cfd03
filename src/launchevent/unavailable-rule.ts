/**
 * Stands in, in the Send handler's bundle only (webpack.config.js), for the rules that read what
 * only the pane and the CLI gather: archive listings (attachment-archive-blocked-content,
 * attachment-archive-encrypted) and DNS answers (recipient-domain-unreachable). The handler
 * reads neither, so those rules could never fire there; leaving their code out keeps the file
 * that classic Outlook downloads at every Send within its 40 KB. Off, so the engine skips it.
 * recipient-domain-lookalike is left out too: its confusables table (~5 KB gzip) does not fit,
 * and it needs String.prototype.normalize, which that runtime may lack.
 */
import type { Rule } from "../engine/rule";

const unavailable: Rule<Record<string, never>> = {
  meta: {
    id: "not-in-send-handler",
    category: "attachments",
    description: { "zh-CN": "", "zh-TW": "", "en-US": "" },
    messages: {},
    defaultSeverity: "off",
    defaultOptions: {},
    hasSuggestions: false,
    remedyId: "",
  },
  check: () => [],
};

export default unavailable;
