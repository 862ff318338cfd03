/**
 * Provider presets an admin names in `extends`. Each holds only what the provider documents; the
 * rest stays at the defaults. Sizes are of the encoded message (DESIGN.md §4), in the same
 * binary megabytes as policy-defaults.ts. A message limit is never below the attachment limit:
 * one attachment travels inside one message.
 */
import type { PolicyFile, PresetName } from "./types";

const MB = 1024 * 1024;

export const PRESETS: Readonly<Record<PresetName, PolicyFile>> = {
  "exchange-online": {
    limits: {
      // Exchange Online's default send limit is 35 MB for the whole encoded message (36 MB to
      // receive); admins can raise it up to 150 MB, then set these in their own policy.
      messageMaxBytes: 35 * MB,
      // Exchange has no smaller per-attachment cap: a single attachment may use the whole message.
      attachmentMaxBytes: 35 * MB,
      // Exchange Online's default recipient limit is 500 per message (To + Cc + Bcc).
      maxRecipients: 500,
    },
  },
  gmail: {
    limits: {
      // Gmail sends up to 25 MB of attachments per message and turns larger files into Drive links.
      messageMaxBytes: 25 * MB,
      attachmentMaxBytes: 25 * MB,
      // Gmail caps one message at 500 recipients (manual D §2).
      maxRecipients: 500,
    },
  },
  "tencent-exmail": {
    limits: {
      // Tencent Exmail takes a normal attachment up to 50 MB; anything bigger goes as a
      // "super-large attachment" link (up to 2 GB, kept 30 days), which is what we suggest.
      attachmentMaxBytes: 50 * MB,
      messageMaxBytes: 50 * MB,
      // No recipient cap in our sources: the default (500) stays.
    },
  },
  "aliyun-mail": {
    limits: {
      // Alibaba Mail recommends normal attachments of at most 30 MB and sends larger ones as a
      // "large attachment" link (up to 4 GB, kept 30 days): suggest the link above 30 MB.
      shareLinkThresholdBytes: 30 * MB,
      // Its hard limit for a normal attachment is 60 MB.
      attachmentMaxBytes: 60 * MB,
      messageMaxBytes: 60 * MB,
    },
  },
};
