/** Help topics for the account itself: sign-in, client setup, quota (manual B §三(一), §三(四), §三(五), §六Q3). */
import type { HelpTopic } from "./types";
import { L, ref } from "./text";

export const ACCOUNT_TOPICS: readonly HelpTopic[] = [
  {
    id: "login-failed",
    title: L("无法登录邮箱", "無法登入信箱", "Cannot sign in"),
    symptoms: L(
      "提示“密码错误”或“认证失败”，或者多次尝试后账号被锁定、被停用。",
      "出現「密碼錯誤」或「驗證失敗」，或多次嘗試後帳號遭鎖定、停用。",
      'You see "wrong password" or "authentication failed", or the account is locked or disabled after several tries.',
    ),
    steps: [
      L(
        "想一想最近是否改过密码；忘记密码时，用“忘记密码”功能通过绑定的手机或邮箱重置；域账号请 IT 重置。",
        "回想最近是否改過密碼；忘記密碼時，用「忘記密碼」功能透過綁定的手機或信箱重設；網域帳號請資訊部門重設。",
        'Think whether you changed the password recently; use "Forgot password" to reset it through your linked phone or email, or have IT reset a domain account.',
      ),
      L(
        "账号因多次输错被锁定时，等 15–30 分钟再试，或请管理员解锁。",
        "帳號因多次輸錯而被鎖定時，等 15–30 分鐘再試，或請管理員解除鎖定。",
        "Locked after too many wrong tries? Wait 15–30 minutes and try again, or ask the admin to unlock it.",
      ),
      L(
        "确认网络正常（其他网页能不能打开）；还是不行时，联系 IT 服务台查询账号状态（因安全原因或离职被停用，或新账号尚未开通）。",
        "確認網路正常（其他網頁打得開嗎）；仍然無法登入時，聯絡資訊服務台查詢帳號狀態（因安全因素或離職而停用，或新帳號尚未開通）。",
        "Make sure the network works (do other sites open?); if it still fails, ask the IT service desk about the account (suspended for security or after leaving, or a new account not yet set up).",
      ),
      L(
        "为防止账号被盗，使用强密码并定期更换，同时开启两步验证。",
        "為避免帳號遭盜用，請使用高強度密碼並定期更換，同時開啟兩步驟驗證。",
        "To keep the account safe, use a strong password, change it regularly and turn on two-step verification.",
      ),
    ],
    keywords: ["登录", "登入", "登錄", "login", "log in", "sign in", "密码", "密碼", "password", "锁定", "鎖定", "locked", "停用", "disabled", "冻结", "凍結", "两步验证", "兩步驟驗證", "2FA"],
    sources: [ref("B", "三(一)1"), ref("B", "三(一)2"), ref("B", "三(一)3"), ref("A", "一.8"), ref("B", "五(一)"), ref("E", "6.3")],
  },
  {
    id: "client-config",
    title: L("邮件客户端配置问题", "郵件用戶端設定問題", "Mail client setup problems"),
    symptoms: L(
      "Outlook 或手机邮箱突然收发失败，出现“SSL 连接失败”“账户设置错误”或“服务器设置无效”之类的错误。",
      "Outlook 或手機郵件突然無法收發，出現「SSL 連線失敗」「帳戶設定錯誤」或「伺服器設定無效」之類的錯誤。",
      'Outlook or the phone\'s mail app suddenly cannot send or receive: "account settings are wrong", "SSL connection failed" or "server settings invalid".',
    ),
    steps: [
      L(
        "对照 IT 提供的配置手册，核对收信和发信服务器的地址、端口和加密方式。",
        "依照資訊部門提供的設定手冊，逐項核對收信與寄信伺服器的位址、連接埠與加密方式。",
        "Check the incoming and outgoing server names, ports and encryption against IT's setup guide.",
      ),
      L("改过密码的话，在客户端里重新输入新密码。", "若改過密碼，要在用戶端中重新輸入新密碼。", "If you changed your password, enter the new one in the client."),
      L(
        "Outlook：在“文件 → 账户设置 → 账户设置”里选择“修复”，不行就删除账户后重新添加；手机：删除账户后重新配置（有的公司用二维码配置，向 IT 索取）。",
        "Outlook：在「檔案 → 帳戶設定 → 帳戶設定」中選擇「修復」，無效就移除帳戶再重新新增；手機：刪除帳號後重新設定（有些公司用 QR Code 設定，可向資訊部門索取）。",
        "Outlook: File → Account Settings → Account Settings, choose Repair, or remove the account and add it again; phone: remove the account and set it up again (some companies use a QR code; ask IT).",
      ),
      L(
        "检查系统和客户端是否需要更新，并开启自动更新；把能正常使用的配置导出或截图保存，方便以后恢复。",
        "檢查作業系統與用戶端是否需要更新，並開啟自動更新；把正常運作的設定匯出或截圖保存，方便日後還原。",
        "Update the operating system and client (turn on automatic updates); export or screenshot a working setup so it can be restored later.",
      ),
    ],
    keywords: ["配置", "設定", "设置", "settings", "客户端", "用戶端", "client", "Outlook", "服务器", "伺服器", "server", "端口", "連接埠", "port", "SSL", "TLS", "加密", "encryption", "IMAP", "POP", "Exchange", "改密码", "改密碼", "password change"],
    sources: [ref("B", "三(五)1"), ref("B", "三(五)2"), ref("B", "三(五)3"), ref("B", "五(二)"), ref("A", "一.2")],
  },
  {
    id: "mailbox-full",
    title: L("邮箱已满", "信箱已滿", "Mailbox full"),
    symptoms: L(
      "提示“邮箱容量已达上限”或“存储空间不足”，收不到新邮件，也可能发不出去。",
      "出現「信箱容量已達上限」或「儲存空間不足」，收不到新信，也可能寄不出去。",
      'You get "mailbox quota reached" or "not enough storage"; new mail does not arrive, and sending may fail too.',
    ),
    steps: [
      L(
        "登录网页版邮箱查看已用空间，按大小排序，先删除带大附件的旧邮件（安装包、视频等）。",
        "登入網頁版信箱查看已用空間，依大小排序，先刪掉夾帶大型附件的舊信（安裝檔、影片等）。",
        "Open web mail, see how much space is used, sort by size and delete old messages with big attachments (installers, videos) first.",
      ),
      L(
        "清空“已删除邮件”和“垃圾邮件”文件夹；很多邮箱不手动清空，这些邮件仍然占用空间。",
        "清空「刪除的郵件」與「垃圾郵件」資料夾；許多信箱不手動清空的話，這些信仍會佔用空間。",
        "Empty Deleted Items and Junk; many systems keep counting them until you do.",
      ),
      L(
        "清理后仍提示空间不足时，服务器的统计可能延迟一两个小时，稍后再看；还不行就请 IT 管理员检查。",
        "清理後仍顯示空間不足時，伺服器的統計可能延遲一、兩個小時，稍後再看；仍未改善就請管理員檢查。",
        'Still "full" after cleaning? The server\'s count can lag an hour or two; check again later, then ask the admin.',
      ),
      L(
        "工作确实需要更多空间时，向 IT 管理员说明原因，申请临时或长期扩容；共享邮箱请先和其他成员一起清理。",
        "工作上確實需要更多空間時，向管理員說明用途，申請暫時或長期擴充容量；共用信箱請先與其他成員一起整理。",
        "If your work really needs more room, explain why and ask the admin for a temporary or permanent increase; for a shared mailbox, clean up together with the other members first.",
      ),
      L(
        "以后大文件尽量用网盘分享，并定期整理邮箱。",
        "日後大型檔案盡量改用雲端硬碟分享，並定期整理信箱。",
        "From now on, share big files through the company drive and tidy the mailbox regularly.",
      ),
    ],
    keywords: ["邮箱已满", "郵箱已滿", "信箱已滿", "邮箱满了", "信箱滿了", "满", "滿", "容量", "capacity", "quota", "空间不足", "空間不足", "存储", "儲存", "storage", "full", "扩容", "擴充", "清理", "整理", "cleanup"],
    sources: [ref("B", "三(四)1"), ref("B", "三(四)2"), ref("B", "六Q3"), ref("A", "一.3"), ref("C", "原因2")],
  },
];
