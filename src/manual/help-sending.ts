/** Help topics for mail that will not go out (manual A §一, B §三(二), B §三(六), D). */
import type { HelpTopic } from "./types";
import { L, ref } from "./text";

export const SENDING_TOPICS: readonly HelpTopic[] = [
  {
    id: "send-basics",
    title: L("邮件发不出去", "郵件寄不出去", "Mail will not send"),
    symptoms: L(
      "点击发送后提示“发送失败”或“连接超时”，或者邮件一直停在发件箱里。",
      "按下傳送後出現「傳送失敗」或「連線逾時」，或信件一直卡在寄件匣。",
      'Sending fails with "send failed" or "connection timed out", or the message stays in the Outbox.',
    ),
    steps: [
      L(
        "确认网络正常：打开其他网站试试；必要时重启路由器，或在无线和有线、Wi-Fi 和移动数据之间切换。",
        "確認網路正常：開開看其他網站；必要時重新啟動路由器，或在無線與有線、Wi-Fi 與行動數據之間切換。",
        "Check the network: open another website; restart the router if needed, or switch between Wi-Fi and cable (or mobile data).",
      ),
      L(
        "登录网页版邮箱，看“已发送”里有没有这封邮件：没有就等网络恢复后重发；有但对方没收到，请 IT 管理员查服务器的投递日志。",
        "登入網頁版信箱，查看「寄件備份」中有沒有這封信：沒有的話，等網路恢復後再寄一次；有但對方沒收到，請管理員查詢伺服器的投遞紀錄。",
        "Sign in to web mail and look in Sent: if the message is not there, send it again once the network works; if it is there but never arrived, ask IT to check the server's delivery log.",
      ),
      L(
        "查看公司公告或邮件服务商的状态页面，确认服务器是否在维护；大家都发不出时，等 IT 修复后再试。",
        "查看公司公告或郵件服務商的狀態頁面，確認伺服器是否正在維護；如果大家都寄不出去，等資訊部門修好再試。",
        "Check company notices or the provider's status page for maintenance; if nobody can send, wait for IT to fix it.",
      ),
      L(
        "也检查邮件本身：地址是否写对，大小是否超过上限（本加载项在发送前会检查这两点）。",
        "也檢查信件本身：地址是否正確、大小有沒有超過上限（本增益集會在寄出前檢查這兩項）。",
        "Check the message itself too: correct addresses and a size under the limit (this add-in checks both before sending).",
      ),
      L(
        "邮箱已满或账号被锁定、停用时也发不出信：请看“邮箱已满”和“无法登录邮箱”两节。",
        "信箱已滿，或帳號遭鎖定、停用時，同樣寄不出信：請參閱「信箱已滿」與「無法登入信箱」。",
        'A full mailbox or a locked or disabled account also stops sending: see "Mailbox full" and "Cannot sign in".',
      ),
    ],
    keywords: ["发不出去", "發不出去", "寄不出去", "发送失败", "發送失敗", "傳送失敗", "发件箱", "寄件匣", "outbox", "cannot send", "send failed", "超时", "逾時", "timeout", "网络", "網路", "network", "维护", "維護"],
    sources: [ref("A", "一.1"), ref("B", "二(二)"), ref("B", "三(二)3"), ref("B", "三(一)4"), ref("D", "1.5"), ref("A", "一.3"), ref("A", "一.8")],
  },
  {
    id: "send-smtp-auth",
    title: L("发送时提示服务器或身份验证错误", "寄信時出現伺服器或驗證錯誤", "Server or authentication error when sending"),
    symptoms: L(
      "发送时提示 SMTP 错误、身份验证失败或要求登录，常发生在刚配置好客户端或刚改过密码之后。",
      "寄信時出現 SMTP 錯誤、驗證失敗或要求登入，多半發生在剛設定好用戶端或剛改過密碼之後。",
      "Sending reports an SMTP error, failed authentication or a login prompt, often right after setting up a client or changing the password.",
    ),
    steps: [
      L(
        "对照 IT 部门提供的配置说明，核对发信服务器（SMTP）地址、端口和加密方式（SSL/TLS）。",
        "對照資訊部門提供的設定說明，核對外寄伺服器（SMTP）位址、連接埠與加密方式（SSL/TLS）。",
        "Compare the outgoing (SMTP) server name, port and encryption (SSL/TLS) with the setup sheet from IT.",
      ),
      L(
        "确认发信服务器也开启了身份验证，并使用与收信相同的账号和密码。",
        "確認外寄伺服器也已啟用驗證，並使用與收信相同的帳號密碼。",
        "Make sure authentication is switched on for the outgoing server too, with the same account and password as for incoming mail.",
      ),
      L(
        "改过密码后，要在每个客户端（电脑和手机）里重新输入新密码，注意大小写。",
        "改過密碼後，要在每個用戶端（電腦與手機）重新輸入新密碼，並留意大小寫。",
        "After a password change, enter the new password in every client (computer and phone); it is case-sensitive.",
      ),
      L(
        "仍然失败时，把错误提示截图发给 IT 部门，或联系邮件服务商。",
        "仍然失敗的話，把錯誤訊息截圖交給資訊部門，或聯絡郵件服務商。",
        "If it still fails, send a screenshot of the error to IT or contact the mail provider.",
      ),
    ],
    keywords: ["SMTP", "端口", "連接埠", "port", "身份验证", "身分驗證", "驗證", "authentication", "auth", "535", "认证失败", "認證失敗", "SSL", "TLS", "密码", "密碼", "password"],
    sources: [ref("A", "一.2"), ref("D", "1.3"), ref("B", "三(五)1")],
  },
  {
    id: "send-filtered",
    title: L("邮件被拦截或进了对方的垃圾箱", "郵件被攔截或進了對方的垃圾郵件匣", "Mail is blocked or lands in the recipient's spam"),
    symptoms: L(
      "显示已发送，但对方说没收到，或在垃圾邮件里才找到；有时还会收到“被拒收”的退信。",
      "顯示已寄出，但對方說沒收到，或是在垃圾郵件匣裡才找到；有時還會收到「遭拒收」的退信。",
      'The message shows as sent but the recipient never saw it, or found it in spam; sometimes a "rejected" bounce comes back.',
    ),
    steps: [
      L(
        "简化主题和正文，去掉广告用语、夸张符号和多余的外部链接（发送前的检查会列出可疑的词语）。",
        "精簡主旨與內文，拿掉廣告用語、誇張符號和多餘的外部連結（寄出前的檢查會列出可疑字詞）。",
        "Simplify subject and body: drop advertising words, showy symbols and extra external links (the pre-send check lists suspicious terms).",
      ),
      L(
        "请对方把你的地址或公司域名加入白名单，并把你的邮件标记为“不是垃圾邮件”。",
        "請對方把你的地址或公司網域加進白名單，並把你的信標記為「非垃圾郵件」。",
        'Ask the recipient to add your address or company domain to their safe list and mark your message as "not spam".',
      ),
      L(
        "如果是被公司自己的系统拦下，把邮件主题和发件人告诉 IT 部门，请他们查拦截规则，必要时调整关键词库。",
        "如果是被公司自己的系統攔下，把信件主旨與寄件者告訴資訊部門，請他們查詢攔截規則，必要時調整關鍵字庫。",
        "If the company's own filter stopped it, give IT the subject and sender so they can find the rule and, if needed, tune the keyword list.",
      ),
      L(
        "内容涉及敏感信息时，先确认符合公司的信息安全规定。",
        "內容若涉及敏感資訊，先確認符合公司的資訊安全規範。",
        "If the content is sensitive, make sure it complies with the company's information-security policy.",
      ),
    ],
    keywords: ["垃圾邮件", "垃圾郵件", "spam", "junk", "拦截", "攔截", "blocked", "拒收", "rejected", "过滤", "過濾", "filter", "白名单", "白名單", "whitelist", "safe sender", "敏感词", "敏感字詞"],
    sources: [ref("A", "一.4"), ref("A", "一.7"), ref("B", "二(六)"), ref("B", "三(六)2"), ref("B", "三(六)3")],
  },
  {
    id: "send-ip-blocklist",
    title: L("发件 IP 被列入黑名单", "寄件 IP 被列入黑名單", "The sending IP is on a blocklist"),
    symptoms: L(
      "发往很多外部地址都被退回，退信里提到 Spamhaus、blocklist、blacklist 或 IP 信誉。",
      "寄給許多外部地址都被退回，退信中提到 Spamhaus、blocklist、blacklist 或 IP 信譽。",
      "Mail to many outside addresses bounces, and the bounce mentions Spamhaus, a blocklist or blacklist, or IP reputation.",
    ),
    steps: [
      L(
        "用最新的杀毒软件全面扫描电脑，确认防火墙也已更新；中毒的设备可能在暗中发送垃圾邮件。",
        "用最新版防毒軟體完整掃描電腦，確認防火牆也已更新；中毒的裝置可能在背後偷寄垃圾郵件。",
        "Run a full scan with up-to-date antivirus and check the firewall is current; an infected device may be sending spam behind your back.",
      ),
      L(
        "把退信原文转给 IT 部门，请他们在 Spamhaus 等公共黑名单上查询公司的发件 IP。",
        "把退信原文轉給資訊部門，請他們到 Spamhaus 等公開黑名單查詢公司的寄件 IP。",
        "Forward the full bounce to IT and ask them to look up the company's sending IP on public blocklists such as Spamhaus.",
      ),
      L(
        "IP 确实被列入时，由管理员先消除原因，再按黑名单网站的流程申请移除。",
        "若 IP 真的被列入，由管理員先排除原因，再依黑名單網站的程序申請除名。",
        "If it is listed, the admin removes the cause and then requests delisting through the list's own procedure.",
      ),
      L(
        "这个 IP 也可能是网络运营商分配的、以前被别人滥用过的地址，不一定是你的错；需要时请运营商更换。",
        "這個 IP 也可能是網路業者配發、先前被他人濫用過的位址，不見得是你的錯；必要時請業者更換。",
        "The IP may be one your internet provider handed on after someone else abused it, so it is not necessarily your fault; the provider can change it.",
      ),
    ],
    keywords: ["黑名单", "黑名單", "blocklist", "blacklist", "Spamhaus", "IP", "信誉", "信譽", "reputation", "病毒", "virus", "malware", "恶意软件", "惡意軟體", "退信", "bounce"],
    sources: [ref("D", "1.1"), ref("B", "三(六)1")],
  },
  {
    id: "send-spf-dns",
    title: L("外部服务器不信任公司的邮件（SPF/DNS）", "外部伺服器不信任公司的郵件（SPF/DNS）", "Outside servers distrust our mail (SPF/DNS)"),
    symptoms: L(
      "发给外部的邮件经常进垃圾箱或被拒，退信里提到 SPF、DKIM、DMARC 或“未通过验证”。",
      "寄到外部的信常進垃圾郵件匣或遭拒收，退信提到 SPF、DKIM、DMARC 或「驗證未通過」。",
      "Outside mail often goes to spam or is refused, and bounces mention SPF, DKIM, DMARC or failed authentication.",
    ),
    steps: [
      L(
        "这是域名的设置问题，只有管理员能处理：请把退信原文转给 IT 部门。",
        "這屬於網域設定問題，要由管理員處理：請把退信原文轉給資訊部門。",
        "This is a domain setting only an admin can fix: forward the full bounce to IT.",
      ),
      L(
        "管理员在域名的 DNS 中检查 MX 和 TXT 记录，确认 SPF 记录列出了所有代发公司邮件的服务器。",
        "管理員應檢查網域 DNS 中的 MX 與 TXT 紀錄，確認 SPF 紀錄涵蓋所有代寄公司郵件的伺服器。",
        "The admin checks the domain's MX and TXT records in DNS and makes sure the SPF record lists every server that sends mail for the company.",
      ),
      L(
        "可以用 nslookup 查看记录是否已生效，例如 nslookup -type=txt example.com。",
        "可以用 nslookup 查看紀錄是否已生效，例如 nslookup -type=txt example.com。",
        "nslookup shows whether the records are live, e.g. nslookup -type=txt example.com.",
      ),
      L(
        "不熟悉配置时，请域名服务商或邮件服务商协助托管和设置 DNS。",
        "若不熟悉設定，可請網域或郵件服務商協助代管與設定 DNS。",
        "If unsure, ask the domain registrar or mail provider to host the DNS or help with the records.",
      ),
    ],
    keywords: ["SPF", "DKIM", "DMARC", "DNS", "TXT", "MX", "nslookup", "域名", "網域", "domain", "验证", "驗證", "记录", "紀錄", "records"],
    sources: [ref("D", "1.4"), ref("E", "3.2"), ref("E", "6.1"), ref("B", "四(一)")],
  },
  {
    id: "send-limits",
    title: L("超过服务商的发送限制", "超過服務商的寄送限制", "Over the provider's sending limits"),
    symptoms: L(
      "群发之后提示超出发送限制，或者账号有一段时间发不了信。",
      "大量寄信後出現超過寄送上限的訊息，或帳號有一段時間無法寄信。",
      "After a mass mailing you are told the sending limit is exceeded, or the account cannot send for a while.",
    ),
    steps: [
      L(
        "服务商会限制每封邮件的收件人数和每天的发信量，例如 Gmail 每封最多 500 位收件人、每 24 小时最多 500 封。",
        "服務商會限制每封信的收件者人數與每天寄信量，例如 Gmail 每封最多 500 位收件者、每 24 小時最多 500 封。",
        "Providers cap recipients per message and messages per day; Gmail, for example, allows 500 recipients per message and 500 messages per 24 hours.",
      ),
      L(
        "等限制时段过去后再发；以后把名单拆成几批，分时段发送。",
        "等限制時段過了再寄；以後把名單拆成幾批，分時段寄出。",
        "Wait for the period to pass; next time split the list into batches and send them at different times.",
      ),
      L(
        "超量发送还可能让服务商怀疑你在发垃圾邮件而封锁 IP；经常需要群发时，请 IT 部门提供邮件列表或专业的群发服务。",
        "超量寄送還可能讓服務商懷疑你在寄垃圾郵件而封鎖 IP；若常需大量寄送，請資訊部門提供通訊群組或專業的電子報服務。",
        "Going over can also make the provider suspect spam and block the IP; if you mail large groups often, ask IT for a distribution list or a proper mailing service.",
      ),
      L(
        "确实需要更高额度时，由管理员向服务商咨询付费方案或提高限额。",
        "真的需要更高額度時，由管理員向服務商洽詢付費方案或調高上限。",
        "If you truly need more, the admin can ask the provider about a paid plan or a higher limit.",
      ),
    ],
    keywords: ["发送限制", "發送限制", "寄送限制", "sending limit", "limit", "500", "群发", "群發", "大量寄送", "mass mail", "bulk", "每天", "daily", "额度", "額度"],
    sources: [ref("D", "1.2"), ref("B", "三(二)1")],
  },
];
