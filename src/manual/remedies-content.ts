/**
 * Remedies for the subject and body rules. The manual speaks of content filters in general
 * (A §一.7, B §二(六), B §三(六)); for link tricks and image-only mail it has nothing specific, so
 * those remedies apply the closest section.
 */
import type { Remedy } from "./types";
import { L, ref } from "./text";

export const CONTENT_REMEDIES: readonly Remedy[] = [
  {
    id: "subject-empty",
    title: L("邮件没有主题", "郵件沒有主旨", "The message has no subject"),
    steps: [
      L(
        "用一句话写明邮件的用途，例如“3 月报价单（请于周五前确认）”。",
        "用一句話點出這封信的用途，例如「3 月報價單（請於週五前確認）」。",
        'Say what the message is about in one line, e.g. "March quotation (please confirm by Friday)".',
      ),
      L(
        "主题要简短具体，不要用“你好”“无题”这类空泛的字眼。",
        "主旨要簡短具體，避免「你好」「無標題」這類空泛字眼。",
        'Keep it short and specific; avoid empty words like "Hi" or "No subject".',
      ),
      L(
        "没有主题的邮件更容易被忽略，也更容易被过滤成垃圾邮件。",
        "沒有主旨的信比較容易被忽略，也比較容易被過濾成垃圾郵件。",
        "Mail without a subject is easier to overlook and more likely to be filtered as spam.",
      ),
    ],
    sources: [ref("B", "三(二)1"), ref("A", "一.4")],
  },
  {
    id: "content-spam-keywords",
    title: L("内容像广告或垃圾邮件", "內容看起來像廣告或垃圾郵件", "The content reads like advertising or spam"),
    steps: [
      L(
        "看看列出的词语，把“免费”“限时优惠”这类推销字眼删掉，或换成平实的说法。",
        "看看列出的字詞，把「免費」「限時優惠」這類推銷用語刪掉，或改成平實的說法。",
        'Look at the terms listed and remove sales words like "free" or "limited offer", or say it plainly.',
      ),
      L(
        "精简主题和正文，只留下对方需要的信息；主题不要全用大写，不要连用感叹号，并减少外部链接。",
        "精簡主旨與內文，只保留對方需要的資訊；主旨不要全用大寫，不要連用驚嘆號，並減少外部連結。",
        "Trim the subject and body to what the reader needs: no all-capitals subject, no runs of exclamation marks, fewer external links.",
      ),
      L(
        "营销类邮件请遵守公司的信息安全和对外发信规定，通过指定的渠道发送。",
        "行銷類郵件請遵守公司的資訊安全與對外寄信規範，透過指定管道寄出。",
        "Marketing mail should follow the company's information-security and outbound-mail policy and go through the approved channel.",
      ),
    ],
    sources: [ref("B", "三(二)1"), ref("A", "一.7"), ref("B", "三(六)3")],
  },
  {
    id: "content-sensitive-words",
    title: L("包含公司规定的敏感词", "含有公司規定的敏感字詞", "The message contains terms the company flags"),
    steps: [
      L(
        "查看列出的词语，确认这封邮件是否真的需要它们。",
        "檢視列出的字詞，確認這封信是否真的需要寫到它們。",
        "Look at the terms listed and decide whether this message really needs them.",
      ),
      L(
        "删掉或改写这些内容；涉及机密的资料按公司的信息安全规定处理。",
        "刪除或改寫這些內容；涉及機密的資料請依公司資訊安全規範處理。",
        "Remove or reword them; handle confidential material as the information-security policy says.",
      ),
      L(
        "认为是误报时，联系 IT 部门调整敏感词列表。",
        "若認為是誤判，請聯絡資訊部門調整敏感字詞清單。",
        "If you think it is a false alarm, ask IT to adjust the list.",
      ),
    ],
    sources: [ref("A", "一.7"), ref("B", "三(六)3")],
  },
  {
    id: "content-shouting",
    title: L("主题或正文语气过于夸张", "主旨或內文語氣過於誇張", "The subject or body looks like shouting"),
    steps: [
      L("把全大写的主题改回正常的大小写。", "把全部大寫的主旨改回一般大小寫。", "Change an all-capitals subject to normal case."),
      L(
        "删掉连续的感叹号、“￥￥”和【】之类的广告符号。",
        "刪掉連續的驚嘆號、「￥￥」以及【】這類廣告符號。",
        "Remove runs of exclamation marks, ￥￥ and 【】-style advertising brackets.",
      ),
      L(
        "用平实的语气写主题，垃圾邮件过滤器对这些写法特别敏感。",
        "以平實的語氣撰寫主旨，垃圾郵件過濾器對這些寫法特別敏感。",
        "Write the subject in a plain tone; spam filters react strongly to these patterns.",
      ),
    ],
    sources: [ref("B", "三(二)1"), ref("B", "二(六)")],
  },
  {
    id: "content-link-shortener",
    title: L("使用了短网址", "使用了短網址", "The message uses shortened links"),
    steps: [
      L(
        "短网址会隐藏真实的目的地，常被过滤器当作钓鱼或垃圾邮件的特征。",
        "短網址會遮住真正的目的地，常被過濾器視為釣魚或垃圾郵件的徵兆。",
        "Short links hide where they lead, and filters treat them as a sign of phishing or spam.",
      ),
      L(
        "把短网址换回完整的原始地址，让收件人看得出链接会打开哪里。",
        "把短網址換回完整的原始網址，讓收件者看得出連結會開到哪裡。",
        "Replace each with the full original address so the reader can see where it goes.",
      ),
      L("分享文件时，优先使用{drive}的链接。", "要分享檔案時，優先使用{drive}的連結。", "For files, prefer a {drive} link."),
    ],
    sources: [ref("A", "一.7"), ref("B", "二(六)")],
  },
  {
    id: "content-link-mismatch",
    title: L("链接文字和实际地址不一致", "連結文字與實際網址不一致", "A link's text and its real address differ"),
    steps: [
      L(
        "显示的网址和点开后去的网址不同，这是钓鱼邮件的典型手法，很容易被拦截。",
        "畫面上顯示的網址和實際開啟的網址不同，這是釣魚郵件的典型手法，很容易被攔截。",
        "The address shown is not where the link goes, a classic phishing sign that filters catch.",
      ),
      L(
        "重新插入链接，让显示的文字和真实地址一致，或改用描述性文字（如“报名页面”）。",
        "重新插入連結，讓顯示文字與真實網址相符，或改用描述性文字（例如「報名頁面」）。",
        'Re-insert the link so its text matches the real address, or use descriptive text ("registration page").',
      ),
      L(
        "链接是从别处复制来的、你也不确定去向时，请先问 IT 部门。",
        "如果連結是從別處複製來、你也不確定會開到哪裡，請先詢問資訊部門。",
        "If you copied the link from elsewhere and are not sure where it leads, ask IT before sending.",
      ),
    ],
    sources: [ref("B", "二(六)"), ref("A", "一.7")],
  },
  {
    id: "content-link-ip",
    title: L("链接指向 IP 地址", "連結指向 IP 位址", "A link points to a bare IP address"),
    steps: [
      L(
        "直接写 IP 地址的链接（如 http://203.0.113.5/）常被当作可疑链接，邮件可能被拦截或进入垃圾箱。",
        "直接使用 IP 位址的連結（如 http://203.0.113.5/）常被當成可疑連結，信件可能遭攔截或被丟進垃圾郵件匣。",
        "Links to a bare IP (like http://203.0.113.5/) look suspicious to filters; the message may be blocked or land in junk.",
      ),
      L(
        "改用网站的正式域名；内部系统请向 IT 部门要正式的访问地址。",
        "改用網站的正式網域名稱；內部系統請向資訊部門索取正式網址。",
        "Use the site's proper domain name; for internal systems, ask IT for the official address.",
      ),
      L("要分享文件时，改用{drive}的链接。", "若要分享檔案，改用{drive}的連結。", "To share files, use a {drive} link instead."),
    ],
    sources: [ref("B", "二(六)"), ref("A", "一.7")],
  },
  {
    id: "content-too-many-links",
    title: L("外部链接过多", "外部連結太多", "Too many external links"),
    steps: [
      L(
        "邮件里的外部链接超过 {limit} 个；链接越多越像广告，也越容易被过滤。",
        "信中的外部連結超過 {limit} 個；連結越多越像廣告，也越容易被過濾。",
        "The message has more than {limit} external links; the more links, the more it looks like advertising to filters.",
      ),
      L(
        "只保留最重要的几个链接，其余的整理到一个页面或文档里再分享。",
        "只留下最重要的幾個連結，其餘的整理到同一個頁面或文件後再分享。",
        "Keep the few links that matter and gather the rest in one document or on one page.",
      ),
      L(
        "要分享的文件放到{drive}，用一个文件夹链接代替多个链接。",
        "要分享的檔案放到{drive}，用一個資料夾連結取代多個連結。",
        "Put files on {drive} and share one folder link instead of many.",
      ),
    ],
    sources: [ref("A", "一.7"), ref("B", "三(二)1")],
  },
  {
    id: "content-image-only",
    title: L("邮件几乎只有图片", "郵件幾乎只有圖片", "The message is almost all images"),
    steps: [
      L(
        "只有图片、几乎没有文字的邮件是垃圾邮件的常见特征，而且很多收件人默认不显示图片。",
        "只有圖片、幾乎沒有文字的信是垃圾郵件常見的特徵，而且許多收件者預設不顯示圖片。",
        "Mail that is pictures with hardly any text is a typical spam pattern, and many readers do not show images by default.",
      ),
      L("把图片里的关键内容用文字写进正文。", "把圖片中的重點改用文字寫進內文。", "Put the key content of the images into the body as text."),
      L(
        "大图或海报改为附件，或者放到{drive}分享链接。",
        "大張圖片或海報改成附件，或放到{drive}分享連結。",
        "Attach large images or posters instead, or share them through {drive}.",
      ),
    ],
    sources: [ref("B", "二(六)"), ref("B", "三(六)2")],
  },
  {
    id: "content-forgotten-attachment",
    title: L("提到了附件却没有附上", "提到附件卻沒有附上", "Mentions an attachment but none is attached"),
    steps: [
      L("正文提到了附件，但邮件里还没有任何附件。", "內文提到附件，但信中還沒有任何附件。", "The text mentions an attachment, but nothing is attached."),
      L(
        "把文件附上；文件较大时，上传到{drive}并插入链接。",
        "附上檔案；檔案較大時，上傳到{drive}並插入連結。",
        "Attach the file; if it is large, upload it to {drive} and insert the link.",
      ),
      L(
        "如果文件已经在之前的邮件里发过，在正文里说明一下，免得对方找不到。",
        "若檔案先前已寄過，請在內文說明一下，以免對方找不到。",
        "If you sent it in an earlier message, say so in the text so the reader is not left searching.",
      ),
    ],
    sources: [ref("B", "三(二)1"), ref("B", "五(一)")],
  },
];
