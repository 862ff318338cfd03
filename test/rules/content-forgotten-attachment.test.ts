import rule, { findMention } from "../../src/rules/content-forgotten-attachment";
import { ruleTester } from "../helpers/rule-tester";
import { file, makeSnapshot } from "../helpers/snapshot";

const text = (t: string, subject = "Update") => makeSnapshot({ subject, body: { text: t } });
/** `n` characters of prose without a mention. */
const prose = (n: number) => "This week's digest covers the new release and the road map. ".repeat(Math.ceil(n / 60)).slice(0, n);

ruleTester(rule, {
  valid: [
    { name: "no mention", message: text("See you tomorrow.") },
    // A mention ten pages into a digest is about something else (an article on attachments).
    { name: "a mention after the first 3,000 characters of a long text", message: text(`${prose(3000)} How to open mail attachments safely.`) },
    { name: "mentioned and attached", message: makeSnapshot({ body: { text: "请查收附件。" }, attachments: [file("报价单.xlsx", 20_000)] }) },
    { name: "an attached Outlook item counts", message: makeSnapshot({ body: { text: "See attached." }, attachments: [file("Re: x.msg", 0, { kind: "item" })] }) },
    { name: "a cloud attachment counts", message: makeSnapshot({ body: { text: "See attached." }, attachments: [file("big.zip", 1, { kind: "cloud" })] }) },
    { name: "attachments not fully read", message: makeSnapshot({ body: { text: "见附件" }, flags: { attachmentsIncomplete: true } }) },
    { name: "English negation", message: text("There is no attachment this time.") },
    { name: "a disclaimer about any attachments", message: text("Thanks.\n--\nThis email and any attachments are confidential.") },
    { name: "Chinese negation", message: text("这次没有附件，内容都在正文里。") },
    { name: "a disclaimer: 本邮件及其附件", message: text("谢谢。\n本邮件及其附件含有保密信息。") },
    { name: "mention only in the quoted original (Outlook)", message: text("收到，谢谢！\n\n-----原始邮件-----\n发件人: 王五\n请查收附件") },
    { name: "mention only below From:/Sent:", message: text("Thanks!\n\nFrom: Ann\nSent: Monday\nTo: Li\nSubject: x\n\nPlease see attached.") },
    { name: "mention only in '>' lines", message: text("Got it.\n> Please see the attached file\n> thanks") },
    { name: "mention only below 'On … wrote:'", message: text("OK\n\nOn Mon, 1 Jan 2024 at 10:00, Ann <a@x.com> wrote:\nattached is the plan") },
    { name: "mention only below 寄件者:", message: text("好的\n寄件者: 陳小姐\n附上報價單") },
    { name: "a large attachment sent as a link (超大附件)", message: text("请查收附件。\n超大附件：季度报告.zip（30天内有效）") },
    { name: "a drive link stands in for the attachment", message: makeSnapshot({ body: { html: '<p>附件太大，已放在 <a href="https://pan.baidu.com/s/1abc">网盘</a></p>' } }) },
    { name: "the company drive from the policy", message: text("Attached: https://www.office.com/launch/onedrive/x") },
    { name: "附上 a link is not an attachment", message: text("附上链接：https://example.com/a") },
    { name: "a format asked of the reader", message: text("请将简历以WORD附件形式发至 hr@example.com") },
    { name: "非附件 and 不要以附件", message: text("请将简历以非附件形式发来，不要以附件发送。") },
    { name: "attached to something else", message: text("A device attached to the PDA can send mail.") },
    { name: "Japanese 添付 is not read", message: text("資料を添付します。") },
    { name: "a word that only contains the term", message: text("The unattached cable is loose.") },
  ],
  invalid: [
    {
      name: "a mention within the first 3,000 characters of a long text",
      message: text(`${prose(2900)} The figures are attached. ${prose(9000)}`),
      findings: [{ messageId: "forgotten", data: { term: "attached" } }],
    },
    {
      name: "请查收附件 without an attachment",
      message: text("王经理：\n请查收附件中的报价单。\n谢谢"),
      findings: [{ messageId: "forgotten", data: { term: "附件" }, target: { kind: "body", excerpt: "王经理： 请查收附件中的报价单。 谢谢" } }],
    },
    { name: "请查收 alone", message: text("王经理：报价单已更新，请查收。"), findings: [{ messageId: "forgotten", data: { term: "请查收" } }] },
    { name: "請查收 in a subject", message: text("", "季度報告，請查收"), findings: [{ messageId: "forgotten", data: { term: "請查收" }, target: { kind: "subject" } }] },
    { name: "see attached", message: text("Hi Ann, please see attached for the plan."), findings: [{ messageId: "forgotten", data: { term: "attached" } }] },
    { name: "PFA", message: text("PFA the invoice."), findings: [{ messageId: "forgotten", data: { term: "PFA" } }] },
    { name: "enclosed", message: text("Enclosed is the contract."), findings: [{ messageId: "forgotten", data: { term: "Enclosed" } }] },
    { name: "Traditional: 附檔", message: text("請參考附檔。"), findings: [{ messageId: "forgotten", data: { term: "附檔" } }] },
    { name: "随信附上", message: text("随信附上合同扫描件。"), findings: [{ messageId: "forgotten", data: { term: "随信附" } }] },
    { name: "in the subject", message: text("", "季度报告（见附件）"), findings: [{ messageId: "forgotten", data: { term: "附件" }, target: { kind: "subject" } }] },
    {
      name: "own text mentions it above a quoted reply",
      message: text("Attachment below, thanks.\n\n-----Original Message-----\nFrom: Ann"),
      findings: [{ messageId: "forgotten", data: { term: "Attachment" } }],
    },
    {
      name: "an inline image is not an attachment",
      message: makeSnapshot({ body: { html: "<p>See attached.</p><img src='cid:logo'>" }, attachments: [file("logo.png", 2000, { inline: true })] }),
      findings: [{ messageId: "forgotten" }],
    },
    { name: "attached to this email", message: text("Attached to this email is the plan."), findings: [{ messageId: "forgotten", data: { term: "Attached" } }] },
    {
      name: "a negation far before the term does not count",
      message: text("No problem. The report is attached."),
      findings: [{ messageId: "forgotten", data: { term: "attached" } }],
    },
  ],
});

describe("findMention", () => {
  it("returns the earliest mention across languages", () => {
    expect(findMention("attached: 附件")?.term).toBe("attached");
    expect(findMention("附件 attached")?.term).toBe("附件");
  });

  it("finishes on hostile input", () => {
    expect(findMention("没有附件".repeat(100_000))).toBeUndefined();
    expect(findMention("a".repeat(1_000_000))).toBeUndefined();
    expect(findMention("no attachment ".repeat(100_000))).toBeUndefined();
    expect(findMention(`${"x".repeat(1_000_000)} attached`)?.term).toBe("attached");
  });
});
