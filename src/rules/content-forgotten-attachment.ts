import type { Rule, Target } from "../engine/rule";
import { bodyAnalysis, clipLine, excerptAround } from "../text/body/body";
import { ownText } from "../text/body/quoted";
import { parseWebUrl } from "../text/addresses/url";
import { domainMatcher } from "../text/addresses/domains";

/**
 * The subject or body says something is attached (附件, 随信附上, 请查收, attached, enclosed, PFA…) but
 * the message has no attachment. Only the sender's own text is read: the quoted reply below is
 * cut off (see text/quoted.ts). A mention right after a negation or a conditional ("no
 * attachment", "and any attachments" in a disclaimer, 没有附件, 非附件, 本邮件及其附件) does not
 * count, nor one that names a format (以附件形式发送) or a physical attachment ("attached to the
 * wall").
 *
 * Only the first MENTION_WITHIN characters of the sender's own text are searched: a writer who
 * attaches a file says so in the first paragraphs, while a mention ten pages into a newsletter or a
 * digest is about something else (an article on e-mail attachments, a list footer). On the tuning
 * corpora every mention in a message that did carry a file was within its first 700 characters.
 *
 * Not flagged: any non-inline attachment (file, Outlook item or cloud attachment); an attachment
 * list the adapter could not read completely; a body that links to the company drive or a
 * common file-sharing service, or mentions 超大附件 (Tencent and NetEase mail turn large files
 * into such links), since the "attachment" is then the link.
 */

// 请查收 ("please find it") stands for the attachment on its own; when 附件 follows, that is the term.
const ZH_MENTION =
  /超大附件|附件|附檔|附档|随信附|隨信附|随附|隨附|附上(?!链接|鏈接|連結|网址|網址|地址)|[请請]查收(?![^，。！？,.!?\n]{0,6}(?:附件|附檔|附档))/g;
const EN_MENTION = /\b(?:attached|attachments?|attaching|enclosed)\b|\bPFA\b/gi;
/** Before the term: a negation or a conditional, up to four characters away; 非 and 其 right before it. */
const ZH_NEGATION = /(?:(?:没有|沒有|无|無|不含|不带|不帶|未|免|不用|不需|无需|無需|不要|别|別|勿|及其|及任何|任何)[^，。！？,.!?\n]{0,4}|非|其)$/;
const EN_NEGATION = /\b(?:no|not|without|any|never|nothing|isn't|aren't|wasn't|don't|didn't)\b[\w\s']{0,12}$/i;
/** After the term: it names a format ("以附件形式发送" asks the reader to send one), or a thing
 *  physically attached ("a badge attached to the carpet", but not "attached to this email"). */
const ZH_NOT_THIS = /^的?形式/;
const EN_NOT_THIS = /^\s+to\s+(?!this\b|my\b|the\s+(?:e-?mail|message|mail)\b)/i;
/** File-sharing hosts whose links stand in for an attachment. */
const SHARING_HOSTS = [
  "weiyun.com", "pan.baidu.com", "1drv.ms", "sharepoint.com", "onedrive.live.com", "drive.google.com",
  "dropbox.com", "box.com", "wetransfer.com", "we.tl", "ftn.qq.com", "mail.qq.com", "exmail.qq.com",
];

/** How far into the sender's own text a mention is looked for (about a page). */
const MENTION_WITHIN = 3000;

interface Mention {
  readonly start: number;
  readonly end: number;
  readonly term: string;
}

/** The first mention of an attachment in `text` that is not negated. */
export function findMention(text: string): Mention | undefined {
  let best: Mention | undefined;
  for (const [pattern, negation, notThis, window] of [
    [ZH_MENTION, ZH_NEGATION, ZH_NOT_THIS, 10],
    [EN_MENTION, EN_NEGATION, EN_NOT_THIS, 24],
  ] as const) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (best !== undefined && m.index >= best.start) break;
      if (m[0] === "超大附件") continue; // handled by the caller: the file went as a link
      const end = m.index + m[0].length;
      if (negation.test(text.slice(Math.max(0, m.index - window), m.index))) continue;
      if (notThis.test(text.slice(end, end + 40))) continue;
      best = { start: m.index, end, term: m[0] };
      break;
    }
  }
  return best;
}

function sharedByLink(text: string, hrefs: readonly string[], driveUrls: readonly string[]): boolean {
  if (text.includes("超大附件")) return true;
  const hosts = [...SHARING_HOSTS];
  for (const driveUrl of driveUrls) {
    const drive = parseWebUrl(driveUrl);
    if (drive !== undefined) hosts.push(drive.host);
  }
  const sharing = domainMatcher(hosts);
  return hrefs.some((href) => {
    const url = parseWebUrl(href);
    return url !== undefined && sharing.matches(url.host);
  });
}

const rule: Rule<Record<string, never>> = {
  meta: {
    id: "content-forgotten-attachment",
    category: "content",
    description: {
      "zh-CN": "提到附件却没有添加附件",
      "zh-TW": "提到附件卻沒有加入附件",
      "en-US": "Mentions an attachment but nothing is attached",
    },
    messages: {
      forgotten: {
        "zh-CN": "邮件里写到“{term}”，但还没有添加任何附件。是不是忘了附上文件？",
        "zh-TW": "郵件裡寫到「{term}」，但還沒有加入任何附件。是不是忘了附上檔案？",
        "en-US": "The message says “{term}”, but nothing is attached yet. Did you forget to attach the file?",
      },
    },
    defaultSeverity: "warn",
    defaultOptions: {},
    hasSuggestions: false,
    remedyId: "content-forgotten-attachment",
  },
  check({ message, policy }) {
    if (message.flags.attachmentsIncomplete || message.attachments.some((a) => !a.inline)) return [];
    const body = bodyAnalysis(message);
    const own = ownText(body.text);
    let target: Target;
    let term: string;
    const inSubject = findMention(message.subject);
    if (inSubject !== undefined) {
      target = { kind: "subject" };
      term = inSubject.term;
    } else {
      const inBody = findMention(own.slice(0, MENTION_WITHIN));
      if (inBody === undefined) return [];
      target = { kind: "body", excerpt: excerptAround(own, inBody.start, inBody.end) };
      term = inBody.term;
    }
    const hrefs = [...new Set(body.links.filter((l) => l.kind !== "img").map((l) => l.href))];
    const urls = policy.cloudShare.url;
    // Object.keys, not Object.values (ES2017): this rule also runs in the Send handler.
    if (sharedByLink(own, hrefs, Object.keys(urls).map((key) => urls[key as keyof typeof urls]))) return [];
    return [{ messageId: "forgotten", data: { term: clipLine(term, 20) }, target }];
  },
};

export default rule;
