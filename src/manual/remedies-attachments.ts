/** Remedies for the attachment and size rules (manual A §一.5, B §二(三), §三(二)2, §三(三)1, §五(一)). */
import type { Remedy } from "./types";
import { L, ref } from "./text";

export const ATTACHMENT_REMEDIES: readonly Remedy[] = [
  {
    id: "attachment-large",
    title: L("附件较大，建议改发链接", "附件偏大，建議改寄連結", "Large attachment: consider sending a link"),
    steps: [
      L(
        "这个附件发送时会超过 {limit}，有些收件服务器从这个大小起就会拒收。",
        "這個附件寄出時會超過 {limit}，有些收件伺服器從這個大小就開始拒收。",
        "Once encoded for sending this attachment is over {limit}, the size at which some receiving servers start to refuse mail.",
      ),
      L(
        "把文件上传到{drive}，在邮件中放上分享链接（可以点击建议自动插入）。",
        "把檔案上傳到{drive}，在信中放入分享連結（可按建議自動插入）。",
        "Upload the file to {drive} and put the share link in the message (the suggestion can insert it for you).",
      ),
      L(
        "也可以先压缩再附上；照片和视频压缩后变化不大，用链接通常更好。",
        "也可以先壓縮再附加；照片與影片壓縮後差不多大，通常用連結比較好。",
        "Or compress it first; photos and videos barely shrink, so a link usually works better.",
      ),
    ],
    sources: [ref("B", "五(一)"), ref("B", "三(二)2"), ref("A", "一.5")],
  },
  {
    id: "attachment-too-large",
    title: L("附件超过大小上限", "附件超過大小上限", "An attachment is over the size limit"),
    steps: [
      L(
        "单个附件的上限是 {limit}，按服务器的算法计算：编码后比文件本身大约三分之一。",
        "單一附件的上限是 {limit}，並以伺服器的算法計算：編碼後約比檔案本身多出三分之一。",
        "The limit for one attachment is {limit}, counted as servers do: after encoding, about a third larger than the file itself.",
      ),
      L(
        "最稳妥的做法：上传到{drive}，在邮件里发送链接。",
        "最可靠的做法：上傳到{drive}，在信中附上連結。",
        "The safest fix: upload it to {drive} and send the link.",
      ),
      L(
        "或者用 7-Zip、WinRAR 或系统自带的压缩功能压缩后再附上。",
        "或使用 7-Zip、WinRAR 或系統內建的壓縮功能壓縮後再附加。",
        "Or compress it with 7-Zip, WinRAR or the zip built into your system and attach the result.",
      ),
      L(
        "还是太大时，分成几个分卷，分几封邮件发送，并在主题中注明“第 1/3 封”等。",
        "還是太大時，切成幾個分割檔分成幾封信寄出，並在主旨註明「第 1/3 封」等字樣。",
        'Still too big? Split it into parts, send them in separate messages and number them in the subject ("part 1 of 3").',
      ),
    ],
    sources: [ref("A", "一.5"), ref("B", "三(二)2"), ref("B", "三(三)1")],
  },
  {
    id: "message-too-large",
    title: L("整封邮件超过大小上限", "整封郵件超過大小上限", "The whole message is over the size limit"),
    steps: [
      L(
        "正文加上所有附件，发送时的总大小超过了 {limit}。",
        "內文加上全部附件，寄出時的總大小超過 {limit}。",
        "The body plus all attachments comes to more than {limit} when sent.",
      ),
      L(
        "把最大的几个附件换成{drive}链接，或删掉不需要的附件和正文中的大图。",
        "把最大的幾個附件換成{drive}連結，或移除不需要的附件與內文裡的大圖。",
        "Replace the biggest attachments with {drive} links, or remove attachments and large pictures in the body that are not needed.",
      ),
      L(
        "也可以把附件分散到几封邮件中分别发送，让每封都在上限以内。",
        "也可以把附件分散到幾封信分別寄出，讓每封都低於上限。",
        "Or spread the attachments over several messages, each under the limit.",
      ),
    ],
    sources: [ref("B", "三(二)2"), ref("A", "一.5"), ref("B", "三(三)1")],
  },
  {
    id: "attachment-blocked-type",
    title: L("这种类型的附件会被拦截", "這種類型的附件會被攔截", "This type of attachment is blocked"),
    steps: [
      L(
        "可执行文件和脚本（如 .exe、.bat、.js）会被大多数邮件系统拦截，收件人收不到。",
        "執行檔與指令碼（如 .exe、.bat、.js）會被大多數郵件系統擋下，收件者收不到。",
        "Programs and scripts (.exe, .bat, .js and the like) are stopped by most mail systems; the recipient will not get them.",
      ),
      L(
        "只压缩成 zip 不够：很多服务器会查看压缩包里面的文件类型。",
        "只壓成 zip 並不夠，許多伺服器會查看壓縮檔裡面的檔案類型。",
        "Zipping it is not enough: many servers look inside archives for these types.",
      ),
      L(
        "把文件上传到{drive}，在邮件中发送链接，再点击建议删除这个附件。",
        "把檔案上傳到{drive}，在信中改寄連結，再按建議移除這個附件。",
        "Upload the file to {drive}, send the link, and click the suggestion to remove the attachment.",
      ),
    ],
    sources: [ref("B", "二(三)"), ref("B", "五(一)")],
  },
  {
    id: "attachment-double-extension",
    title: L("附件使用了双重扩展名", "附件使用雙重副檔名", "The attachment has a double extension"),
    steps: [
      L(
        "像 invoice.pdf.exe 这样的名字，真正的类型是最后一个扩展名；这种写法常用来伪装恶意程序，会被拦截。",
        "像 invoice.pdf.exe 這樣的檔名，真正的類型取決於最後一個副檔名；這種寫法常用來偽裝惡意程式，會被擋下。",
        "In a name like invoice.pdf.exe the last extension is the real type; the trick is used to disguise malware and gets blocked.",
      ),
      L(
        "如果文件不是你自己制作的，先不要发送，请 IT 部门检查。",
        "若檔案不是你自己製作的，先別寄出，請資訊部門檢查。",
        "If you did not create the file yourself, do not send it; have IT look at it.",
      ),
      L(
        "确认安全后，改成只有一个正确扩展名的名字；如果它本来就是程序，请通过{drive}分享。",
        "確認安全後，改用只有一個正確副檔名的檔名；如果本來就是程式，請改用{drive}分享。",
        "Once it is known to be safe, rename it with one correct extension; if it really is a program, share it through {drive}.",
      ),
    ],
    sources: [ref("B", "二(三)"), ref("B", "二(六)")],
  },
  {
    id: "attachment-spoofed-name",
    title: L("附件名称隐藏了真实类型", "附件名稱隱藏了真實類型", "The attachment name hides its real type"),
    steps: [
      L(
        "文件名中有看不见的文字方向控制字符或一长串空格，看到的扩展名不是真实的类型，邮件系统会当作攻击拦截。",
        "檔名裡有看不見的文字方向控制字元或一長串空白，看到的副檔名並非真實類型，郵件系統會視為攻擊而攔截。",
        "The name contains invisible text-direction characters or a long run of spaces, so the extension you see is not the real one; mail systems block this as an attack.",
      ),
      L(
        "不要打开或转发这个文件；如果是别人发给你的，请交给 IT 部门检查。",
        "不要開啟或轉寄這個檔案；若是別人給你的，請交給資訊部門檢查。",
        "Do not open or forward the file; if someone sent it to you, hand it to IT.",
      ),
      L(
        "确认文件安全后，用普通字符重新命名，再附上。",
        "確認檔案安全後，以一般字元重新命名再附加。",
        "Once it is confirmed safe, rename it with plain characters and attach it again.",
      ),
    ],
    sources: [ref("B", "二(六)"), ref("A", "一.7")],
  },
  {
    id: "attachment-archive-blocked-content",
    title: L("压缩包里有会被拦截的文件", "壓縮檔內含會被攔截的檔案", "The archive contains a blocked file type"),
    steps: [
      L(
        "压缩包里有可执行文件或脚本；服务器会打开压缩包检查，整封邮件都可能被拒收。",
        "壓縮檔內有執行檔或指令碼；伺服器會打開壓縮檔檢查，整封信都可能被退回。",
        "The archive holds a program or script; servers open archives to check, and may reject the whole message.",
      ),
      L(
        "不需要这些文件时，重新压缩并把它们去掉。",
        "如果用不到這些檔案，重新壓縮時把它們排除。",
        "If those files are not needed, make the archive again without them.",
      ),
      L(
        "确实要发送时，把压缩包上传到{drive}，在邮件里发送链接。",
        "確實要寄時，把壓縮檔上傳到{drive}，在信中附上連結。",
        "If they must go, upload the archive to {drive} and send the link.",
      ),
    ],
    sources: [ref("B", "二(三)"), ref("B", "五(一)")],
  },
  {
    id: "attachment-archive-encrypted",
    title: L("加密压缩包无法被扫描", "加密壓縮檔無法被掃描", "A password-protected archive cannot be scanned"),
    steps: [
      L(
        "设了密码的压缩包无法做病毒扫描，有些服务商会直接拒收或隔离。",
        "設有密碼的壓縮檔無法掃毒，部分服務商會直接拒收或隔離。",
        "Servers cannot scan a password-protected archive for viruses, and some providers reject or quarantine it.",
      ),
      L(
        "更好的做法是把文件放到{drive}，用设置了权限或有效期的链接分享。",
        "比較好的做法是把檔案放到{drive}，以設定權限或期限的連結分享。",
        "Better: put the files on {drive} and share a link with access rights or an expiry date.",
      ),
      L(
        "一定要用加密压缩包时，密码请通过电话或即时通讯另行告知，不要写在同一封邮件里。",
        "若非用加密壓縮檔不可，密碼請透過電話或即時通訊另外告知，別寫在同一封信裡。",
        "If you must send an encrypted archive, give the password by phone or chat, never in the same message.",
      ),
    ],
    sources: [ref("B", "二(六)"), ref("B", "五(一)")],
  },
  {
    id: "attachment-archive-unscannable",
    title: L("压缩包无法检查其中的文件", "壓縮檔內的檔案無法檢查", "The files in this archive cannot be checked"),
    steps: [
      L(
        "这个压缩包打不开、只能部分读取，或是 .arj、.lzh 这类少见格式；邮件过滤看不到里面的文件，常会直接拦下，收件人也可能没有软件解开。",
        "這個壓縮檔打不開、只能讀到一部分，或是 .arj、.lzh 這類少見格式；郵件過濾看不到裡面的檔案，常會直接攔下，收件者也可能沒有軟體解開。",
        "This archive cannot be opened, only partly read, or is in a rare format such as .arj or .lzh: mail filters cannot see the files in it and often stop it, and the recipient may have nothing to unpack it with.",
      ),
      L(
        "用系统自带的压缩功能或 7-Zip 重新打包成 .zip（不要加密文件名），再试一次。",
        "用系統內建的壓縮功能或 7-Zip 重新打包成 .zip（不要加密檔名），再試一次。",
        "Pack the files again as a .zip with the system's own compression or 7-Zip (without encrypting the file names), then try again.",
      ),
      L(
        "文件很多或很大时，上传到{drive}，在邮件里发送链接。",
        "檔案很多或很大時，上傳到{drive}，在信中附上連結。",
        "If there are many files or they are large, upload them to {drive} and send the link.",
      ),
    ],
    sources: [ref("B", "二(三)"), ref("B", "三(三)1"), ref("B", "三(三)2"), ref("B", "五(一)")],
  },
  {
    id: "attachment-macro-document",
    title: L("附件是带宏的 Office 文件", "附件是含巨集的 Office 檔案", "The attachment is an Office file with macros"),
    steps: [
      L(
        ".docm、.xlsm 等带宏的文件常被邮件系统隔离，收件人可能收不到或打不开。",
        ".docm、.xlsm 等含巨集的檔案常被郵件系統隔離，收件者可能收不到或無法開啟。",
        "Macro files such as .docm and .xlsm are often quarantined; the recipient may not get them or be unable to open them.",
      ),
      L(
        "收件人用不到宏时，另存为普通格式（.docx、.xlsx、.pptx）或 PDF 再发送。",
        "若收件者用不到巨集，另存成一般格式（.docx、.xlsx、.pptx）或 PDF 後再寄。",
        "If the recipient does not need the macros, save it as an ordinary .docx, .xlsx or .pptx, or as PDF, and send that.",
      ),
      L(
        "确实需要宏时，通过{drive}分享，并事先告诉对方文件里有宏。",
        "確實需要巨集時，改用{drive}分享，並事先告訴對方檔案含有巨集。",
        "If the macros are needed, share through {drive} and tell the recipient in advance that the file contains macros.",
      ),
    ],
    sources: [ref("B", "二(六)"), ref("B", "三(六)2")],
  },
];
