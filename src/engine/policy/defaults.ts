/**
 * The embedded defaults: what applies when no policy file is hosted, and what every partial
 * policy file is merged over. Numbers are facts from DESIGN.md §4 and the manual.
 */
import type { EffectivePolicy } from "./types";

const MB = 1024 * 1024;

export const DEFAULT_POLICY: EffectivePolicy = {
  presets: [],
  internalDomains: [],
  knownDomains: [],
  limits: {
    // "usually 10–25 MB" across providers (manual A §5): above 10 MB some servers start refusing.
    shareLinkThresholdBytes: 10 * MB,
    attachmentMaxBytes: 25 * MB,
    messageMaxBytes: 25 * MB,
    // Gmail and several Chinese providers cap a message at 500 recipients (manual D §2).
    maxRecipients: 500,
  },
  rules: {},
  blockedExtensions: { add: [], remove: [] },
  keywords: { threshold: 10, subjectWeight: 2, add: [], remove: [] },
  sensitiveWords: [],
  enforcement: {
    sendMode: "SoftBlock",
    blockOn: "block",
    promptOnWarn: false,
    onError: "open",
    deadlineMs: 3000,
  },
  cloudShare: {
    name: { "zh-CN": "企业网盘", "zh-TW": "企業網盤", "en-US": "the company drive" },
    url: {
      "zh-CN": "https://www.office.com/launch/onedrive",
      "zh-TW": "https://www.office.com/launch/onedrive",
      "en-US": "https://www.office.com/launch/onedrive",
    },
  },
  support: [],
  archiveScanMaxBytes: 10 * MB,
};
