/** Remedies for the recipient rules (manual A §一.6 and B §三(二)1 above all). */
import type { Remedy } from "./types";
import { L, ref } from "./text";

export const RECIPIENT_REMEDIES: readonly Remedy[] = [
  {
    id: "recipient-invalid-address",
    title: L("收件人地址格式不正确", "收件者地址格式不正確", "A recipient address is not valid"),
    steps: [
      L(
        "逐个字符核对收件人、抄送和密送中的每个地址：只能有一个 @，@ 后面要有完整的域名（例如 name@example.com）。",
        "把收件者、副本和密件副本裡的每個地址逐字核對一遍：只能有一個 @，@ 後面要接完整的網域（例如 name@example.com）。",
        "Go through every address in To, Cc and Bcc character by character: exactly one @, followed by a complete domain (for example name@example.com).",
      ),
      L(
        "删掉地址中的空格和中文标点；全角的“＠”“。”要改成半角的 @ 和英文句点。",
        "刪除地址中的空白與中文標點；全形的「＠」「。」請改成半形的 @ 和英文句點。",
        "Remove spaces and Chinese punctuation; replace a full-width ＠ or 。 with the ordinary @ and a full stop.",
      ),
      L(
        "提示里给出修改建议时（例如 john.@example.com 改为 john@example.com、qq，com 改为 qq.com），先看一眼建议的地址确实是对方的，再点击替换；没有建议的（比如两个地址连在一起），请手动改。",
        "提示裡附有修改建議時（例如 john.@example.com 改為 john@example.com、qq，com 改為 qq.com），先確認建議的地址確實是對方的，再按下替換；沒有建議的（例如兩個地址黏在一起），請自行修改。",
        "When the notice offers a fix (john.@example.com to john@example.com, qq，com to qq.com), make sure the suggested address really is the recipient's, then click to apply it; where none is offered (two addresses run together, say), correct it by hand.",
      ),
      L(
        "不确定正确地址时，先向对方确认，或从对方以前发来的邮件中复制。",
        "不確定正確地址時，先向對方確認，或從對方之前寄來的信中複製。",
        "If you are not sure of the right address, ask the person, or copy it from a message they sent you.",
      ),
    ],
    sources: [ref("A", "一.6"), ref("B", "三(二)1")],
  },
  {
    id: "recipient-domain-typo",
    title: L("收件人域名疑似拼错", "收件者網域疑似拼錯", "A recipient's domain looks mistyped"),
    steps: [
      L(
        "对照建议的域名，逐个字母检查 @ 后面的部分（例如 gmial.com 应为 gmail.com）。",
        "對照建議的網域，逐一字母檢查 @ 之後的部分（例如 gmial.com 應為 gmail.com）。",
        "Compare the part after @ letter by letter with the suggested domain (gmial.com should be gmail.com, for example).",
      ),
      L(
        "后缀（.com、.com.cn、.co.uk 这一段）写成了不存在的样子，比如 .con、.couk，这样的地址肯定收不到信，按建议改成真实的后缀即可。",
        "後綴（.com、.com.tw、.co.uk 這一段）寫成了不存在的樣子，例如 .con、.couk，這種地址一定收不到信，依建議改成真正的後綴即可。",
        "An ending that does not exist (.con for .com, .couk for .co.uk) means the mail can never arrive: take the suggested real ending.",
      ),
      L(
        "确实拼错时，点击建议直接替换；域名本来就没错时（例如对方公司自己的域名），忽略本提示即可。",
        "若真的拼錯，按下建議即可直接替換；若網域原本就正確（例如對方公司自家的網域），忽略這則提示即可。",
        "If it is a typo, click the suggestion to replace it; if the domain is in fact right (say, the recipient's own company domain), ignore this notice.",
      ),
      L(
        "顺便检查抄送和密送里的其他地址，打错的地方往往不止一处。",
        "順便檢查副本與密件副本中的其他地址，打錯的地方常常不只一個。",
        "Check the other addresses in Cc and Bcc as well; typos rarely come alone.",
      ),
    ],
    sources: [ref("A", "一.6"), ref("B", "三(二)1")],
  },
  {
    id: "recipient-domain-lookalike",
    title: L("收件人域名是仿冒的形近域名", "收件者網域是仿冒的形近網域", "A recipient's domain is a look-alike"),
    steps: [
      L(
        "别凭眼睛判断：删掉 @ 后面的部分，用键盘重新输入，或者从对方以前的来信里复制地址。",
        "別憑肉眼判斷：刪掉 @ 之後的部分，用鍵盤重新輸入，或從對方以前寄來的郵件中複製地址。",
        "Do not trust your eyes here: delete the part after @ and type it again, or copy the address from an earlier mail of the recipient.",
      ),
      L(
        "提示中列出的字符（带 U+ 编号）来自其他文字，只是长得像英文字母；以 xn-- 开头的真实名称才是邮件实际要去的地方。",
        "提示中列出的字元（附 U+ 編號）來自其他文字，只是長得像英文字母；以 xn-- 開頭的真實名稱才是郵件實際要去的地方。",
        "The characters listed in the notice (with their U+ numbers) belong to another alphabet and only resemble Latin letters; the real name starting with xn-- is where the mail would actually go.",
      ),
      L(
        "地址是从聊天、网页或别人的邮件里复制来的，先打电话等其他方式向对方核实；怀疑有人仿冒时，告诉 IT 部门。",
        "地址若是從聊天、網頁或他人的郵件中複製來的，先用電話等其他方式向對方確認；懷疑有人仿冒時，請通知 IT 部門。",
        "If the address was copied from a chat, a web page or someone else's mail, confirm it with the recipient another way, by phone for instance; if you suspect an impostor, tell IT.",
      ),
    ],
    sources: [ref("B", "三(二)1"), ref("A", "一.6")],
  },
  {
    id: "recipient-duplicate",
    title: L("同一收件人出现了多次", "同一位收件者重複出現", "The same recipient appears more than once"),
    steps: [
      L(
        "保留一处就够了：点击建议删除重复的地址。",
        "只需保留一處：按下建議即可移除重複的地址。",
        "One entry is enough: click the suggestion to remove the duplicate.",
      ),
      L(
        "想清楚对方该放在哪一栏：需要处理的人放收件人，只需知悉的放抄送，不想让其他人看到的放密送。",
        "想清楚對方該放在哪一欄：需要處理的人放收件者，只需知悉的放副本，不想讓其他人看到的放密件副本。",
        "Decide which field the person belongs in: To for people who must act, Cc for those kept informed, Bcc for those the others should not see.",
      ),
    ],
    sources: [ref("B", "三(二)1")],
  },
  {
    id: "recipient-external",
    title: L("邮件将发往公司外部", "郵件將寄到公司外部", "The message goes outside the company"),
    steps: [
      L(
        "核对列出的外部地址，确认每一位都应该收到这封邮件。",
        "核對列出的外部地址，確認每一位都應該收到這封信。",
        "Review the external addresses listed and make sure each one should receive this message.",
      ),
      L(
        "检查正文和附件里有没有仅限内部使用的内容，必要时先删掉，或改为只发摘要。",
        "檢查內文和附件是否含有僅供內部使用的內容，必要時先移除，或改寄摘要。",
        "Check the body and attachments for internal-only material; remove it, or send a summary instead, if needed.",
      ),
      L(
        "按公司的信息安全规定处理对外邮件；拿不准时先问主管或 IT 部门。",
        "依照公司的資訊安全規範處理對外郵件；拿不定主意時，先詢問主管或資訊部門。",
        "Follow the company's information-security policy for outside mail; when in doubt, ask your manager or IT first.",
      ),
    ],
    sources: [ref("A", "一.7"), ref("B", "三(二)1")],
  },
  {
    id: "recipient-too-many",
    title: L("收件人过多", "收件者人數過多", "Too many recipients"),
    steps: [
      L(
        "本邮件的收件人（含抄送和密送）超过了每封 {limit} 人的上限，服务器可能拒收，或暂停这个账号发信。",
        "這封信的收件者（含副本與密件副本）超過每封 {limit} 人的上限，伺服器可能退回，或暫停這個帳號寄信。",
        "This message has more recipients (To, Cc and Bcc together) than the limit of {limit} per message; the server may refuse it or stop your account from sending for a while.",
      ),
      L(
        "把名单分成几批，每批都不超过上限，分几封发送，批次之间隔开一段时间。",
        "把名單分成數批，每批都不超過上限，分成幾封寄出，各批之間間隔一段時間。",
        "Split the list into batches under the limit and send one message per batch, spaced out over time.",
      ),
      L(
        "服务商还有每日总量限制（例如 Gmail：每封最多 500 位收件人，每天最多 500 封）；经常群发时，请 IT 部门建立邮件列表，或使用专门的群发服务。",
        "服務商另有每日總量限制（例如 Gmail：每封最多 500 位收件者，每天最多 500 封）；若經常大量寄送，請資訊部門建立通訊群組，或改用專門的電子報服務。",
        "Providers also cap the daily total (Gmail, for example: 500 recipients per message and 500 messages a day); for regular mass mailings, ask IT for a distribution list or use a proper mailing service.",
      ),
    ],
    sources: [ref("D", "1.2"), ref("B", "三(二)1")],
  },
  {
    id: "recipient-exposed-list",
    title: L("大量外部地址彼此可见", "大量外部地址彼此看得到", "Many external addresses are visible to everyone"),
    steps: [
      L(
        "点击建议，把外部收件人移到密送；收件人一栏只留自己或一个公共地址。",
        "按下建議，把外部收件者移到密件副本；收件者欄只留下自己或一個公用地址。",
        "Click the suggestion to move the external recipients to Bcc, leaving only yourself or a shared address in To.",
      ),
      L(
        "这样既保护了每位收件人的隐私，也能避免因公开一长串地址而被当作垃圾邮件。",
        "這樣可以保護每位收件者的隱私，也能避免因公開一長串地址而被視為垃圾郵件。",
        "This protects everyone's privacy and keeps spam filters from reacting to a long visible list.",
      ),
      L(
        "经常发给同一群人时，请 IT 部门建立邮件列表，或者分批发送。",
        "若常寄給同一群人，請資訊部門建立通訊群組，或分批寄送。",
        "If you mail the same group often, ask IT for a distribution list, or send in batches.",
      ),
    ],
    sources: [ref("B", "三(二)1"), ref("B", "二(六)")],
  },
  {
    id: "recipient-domain-unreachable",
    title: L("收件人的域名无法接收邮件", "收件者的網域無法收信", "The recipient's domain cannot receive mail"),
    steps: [
      L(
        "先检查 @ 后面的域名有没有拼错，或者少了后缀。",
        "先檢查 @ 後面的網域是否拼錯，或少了字尾。",
        "First check the domain after @ for typos or a missing ending.",
      ),
      L(
        "域名没错时，用电话或其他渠道联系对方，确认这个地址还在使用。",
        "網域無誤時，改用電話或其他管道聯絡對方，確認這個地址仍在使用。",
        "If it is spelled right, reach the person another way (phone, chat) and confirm the address is still in use.",
      ),
      L(
        "对方域名没有有效的 MX 记录时，只能由对方的管理员修正 DNS，修正之前邮件都无法送达。",
        "對方網域沒有有效的 MX 紀錄時，只能由對方的管理員修正 DNS；修正之前郵件都送不到。",
        "A domain without a working MX record can only be fixed by its own administrator in DNS; until then no mail can be delivered.",
      ),
    ],
    sources: [ref("C", "原因4"), ref("E", "3.2"), ref("A", "一.6")],
  },
];
