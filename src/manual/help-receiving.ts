/** Help topics for mail that does not arrive (manual B §三(二) receive steps, B §六Q2, C). */
import type { HelpTopic } from "./types";
import { L, ref } from "./text";

export const RECEIVING_TOPICS: readonly HelpTopic[] = [
  {
    id: "receive-missing",
    title: L("收不到邮件", "收不到郵件", "Expected mail does not arrive"),
    symptoms: L(
      "对方说已经发出，但等了很久收件箱里也找不到。",
      "對方說已經寄出，但等了很久收件匣都沒有出現。",
      "Someone says they sent you a message, but it has not shown up in your Inbox.",
    ),
    steps: [
      L(
        "查看“垃圾邮件”和“已删除邮件”文件夹；找到后标记为非垃圾邮件，并把发件人加入白名单（安全发件人）。",
        "查看「垃圾郵件」與「刪除的郵件」資料夾；找到後標記為非垃圾郵件，並把寄件者加入白名單（安全寄件者）。",
        "Look in the Junk and Deleted Items folders; if it is there, mark it as not junk and add the sender to your safe senders.",
      ),
      L(
        "检查收件规则，看有没有规则把这类邮件移到了别的文件夹或直接删除。",
        "檢查收件規則，看看是否有規則把這類信件移到其他資料夾或直接刪除。",
        "Check your inbox rules for one that moves such mail to another folder or deletes it.",
      ),
      L(
        "确认邮箱没有满；邮箱满了，新邮件就进不来（见“邮箱已满”）。",
        "確認信箱沒有滿；信箱一滿，新信就進不來（參見「信箱已滿」）。",
        'Make sure your mailbox is not full; a full mailbox turns new mail away (see "Mailbox full").',
      ),
      L(
        "如果外部的人都联系不上你，请 IT 部门检查公司域名的 DNS 和 MX 记录。",
        "若外部人士都寄不到給你，請資訊部門檢查公司網域的 DNS 與 MX 紀錄。",
        "If no one outside can reach you, ask IT to check the company domain's DNS and MX records.",
      ),
    ],
    keywords: ["收不到", "收不到邮件", "收不到郵件", "收不到信", "没收到", "沒收到", "not receiving", "missing mail", "垃圾邮件", "垃圾郵件", "junk", "规则", "規則", "rules", "白名单", "白名單", "whitelist", "MX"],
    sources: [ref("B", "三(二)接收1"), ref("C", "原因1"), ref("C", "原因2"), ref("C", "原因4"), ref("C", "排查")],
  },
  {
    id: "receive-sender-side",
    title: L("确认对方是否真的发出", "確認對方是否真的寄出", "Check the sender's side"),
    symptoms: L(
      "只有某一位外部联系人的邮件收不到，其他邮件都正常。",
      "只有某位外部聯絡人的信收不到，其他信件都正常。",
      "Mail from one outside contact never arrives, while other mail comes in fine.",
    ),
    steps: [
      L(
        "联系对方，确认邮件真的发出了，并把你的邮箱地址写给对方核对，避免对方写错。",
        "聯絡對方，確認信真的寄出了，並把你的信箱地址提供給對方核對，免得對方打錯。",
        "Ask whether the message was really sent, and give them your address in writing so they can check it.",
      ),
      L(
        "请对方看看有没有收到退信；也可以请对方换一个邮箱发一封测试邮件，判断是不是对方的服务器或域名被拦截。",
        "請對方看看是否收到退信；也可以請對方換個信箱寄一封測試信，判斷是不是對方的伺服器或網域遭攔截。",
        "Ask if they got a bounce, and have them send a test from a different mailbox to see whether their server or domain is being blocked.",
      ),
      L(
        "对方的邮件服务器出故障时，只能等对方修复；是我方拦截的话，请 IT 部门把对方域名加入白名单。",
        "若是對方郵件伺服器故障，只能等對方修復；若是我方攔截，請資訊部門把對方網域加入白名單。",
        "If their mail server is at fault, they must fix it; if our side blocks them, ask IT to whitelist their domain.",
      ),
    ],
    keywords: ["对方", "對方", "发件人", "寄件者", "sender", "客户", "客戶", "customer", "外部", "external", "测试", "測試", "test", "收不到客户邮件", "收不到客戶郵件"],
    sources: [ref("B", "三(二)接收2"), ref("C", "原因5"), ref("C", "原因3"), ref("B", "三(六)3")],
  },
  {
    id: "receive-sync",
    title: L("手机或 Outlook 不同步", "手機或 Outlook 沒有同步", "Phone or Outlook not syncing"),
    symptoms: L(
      "网页版能看到新邮件，但手机或 Outlook 里没有，或者很久才更新。",
      "網頁版看得到新信，手機或 Outlook 卻沒有，或要很久才更新。",
      "New mail shows in web mail but not on the phone or in Outlook, or only after a long delay.",
    ),
    steps: [
      L(
        "手机：在邮箱 App 的账户设置里把同步频率改成“实时”或“推送”，然后下拉刷新。",
        "手機：在郵件 App 的帳號設定中把同步頻率改為「即時」或「推播」，再往下拉重新整理。",
        'Phone: set the account\'s sync frequency to "real time" or "push" and pull down to refresh.',
      ),
      L(
        "检查手机是否只允许在 Wi-Fi 下同步，以及邮件 App 有没有使用移动数据的权限。",
        "檢查手機是否設成只在 Wi-Fi 下同步，以及郵件 App 有沒有使用行動數據的權限。",
        "Check whether the phone syncs only on Wi-Fi, and that the mail app may use mobile data.",
      ),
      L(
        "Outlook：在“发送/接收”选项卡中选择“更新文件夹”，再看看“发送/接收组”的设置。",
        "Outlook：在「傳送/接收」索引標籤選擇「更新資料夾」，再看看「傳送/接收群組」設定。",
        "Outlook: on the Send/Receive tab choose Update Folder, then look at the Send/Receive Groups settings.",
      ),
      L("仍然不同步时，删除这个账户再重新添加。", "還是不同步的話，刪除這個帳號後重新加入。", "If it still does not sync, remove the account and add it again."),
    ],
    keywords: ["同步", "sync", "手机", "手機", "phone", "mobile", "iPhone", "Android", "Outlook", "刷新", "重新整理", "refresh", "推送", "推播", "push", "Wi-Fi"],
    sources: [ref("B", "三(二)接收3"), ref("B", "六Q2")],
  },
];
