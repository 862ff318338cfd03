/** Help topics for bounce messages (manual A §一.6, B §六Q1, E §3.2, E §6.2). */
import type { HelpTopic } from "./types";
import { L, ref } from "./text";

export const BOUNCE_TOPICS: readonly HelpTopic[] = [
  {
    id: "bounce-recipient",
    title: L("退信：收件人不存在或邮箱已满", "退信：收件者不存在或信箱已滿", "Bounce: recipient unknown or mailbox full"),
    symptoms: L(
      "收到系统退信，说收件人不存在、用户未知，或者对方邮箱已满。",
      "收到系統退信，表示收件者不存在、使用者不明，或對方信箱已滿。",
      "A bounce says the recipient does not exist, the user is unknown, or their mailbox is full.",
    ),
    steps: [
      L(
        "对照退信里的地址，逐个字符检查有没有拼错。",
        "對照退信中的地址，逐字檢查是否拼錯。",
        "Compare the address in the bounce with the one you meant, character by character.",
      ),
      L(
        "地址没错时，通过电话或即时通讯联系对方，确认邮箱还在使用、有没有满。",
        "地址無誤時，以電話或即時通訊聯絡對方，確認信箱是否仍在使用、是否已滿。",
        "If it is right, contact the person by phone or chat to check the mailbox still exists and is not full.",
      ),
      L(
        "对方邮箱已满时，等对方清理后再发，或者把大附件换成网盘链接。",
        "對方信箱已滿時，等對方清出空間再寄，或把大型附件改成雲端硬碟連結。",
        "If their mailbox is full, resend after they clear space, or replace big attachments with a cloud-drive link.",
      ),
    ],
    keywords: ["退信", "bounce", "退回", "收件人不存在", "收件者不存在", "user unknown", "550", "地址错误", "地址錯誤", "mailbox full", "undeliverable", "无法投递", "無法投遞", "对方邮箱已满", "對方信箱已滿"],
    sources: [ref("A", "一.6"), ref("E", "6.2")],
  },
  {
    id: "bounce-sender-not-exist",
    title: L("对方提示“发件人地址不存在”", "對方顯示「寄件者地址不存在」", 'The recipient sees "sender address does not exist"'),
    symptoms: L(
      "邮件被退回，或者对方说看到“发件人地址不存在”。",
      "信件遭退回，或對方說看到「寄件者地址不存在」。",
      'Your mail bounces, or the recipient is told "sender address does not exist".',
    ),
    steps: [
      L(
        "检查客户端里设置的发件人地址是否完整正确（包括域名）。",
        "檢查用戶端設定的寄件者地址是否完整正確（包含網域）。",
        "Check that the sender address set in your mail client is complete and correct, domain included.",
      ),
      L(
        "地址没错时，请 IT 管理员检查公司域名的 DNS，尤其是 MX 记录是否指向正确的邮件服务器。",
        "地址沒錯的話，請管理員檢查公司網域的 DNS，特別是 MX 紀錄有沒有指向正確的郵件伺服器。",
        "If it is right, ask the IT admin to check the company domain's DNS, especially that the MX records point to the right mail servers.",
      ),
      L(
        "管理员可以用 nslookup -type=mx example.com 确认；DNS 修改后可能要等一段时间才生效。",
        "管理員可以用 nslookup -type=mx example.com 確認；DNS 修改後可能要等一段時間才會生效。",
        "The admin can confirm with nslookup -type=mx example.com; DNS changes can take a while to take effect.",
      ),
    ],
    keywords: ["发件人地址不存在", "發件人地址不存在", "寄件者地址不存在", "sender address does not exist", "sender", "发件人", "寄件者", "MX", "DNS", "退信", "bounce", "nslookup"],
    sources: [ref("B", "六Q1"), ref("E", "3.2"), ref("B", "四(一)")],
  },
];
