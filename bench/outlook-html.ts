/**
 * A message body shaped like the HTML Outlook writes: a head with font and style definitions and
 * MSO conditional comments, Word's paragraph markup with spans, a signature with a logo and links,
 * and the quoted message being replied to. Most of its bytes are markup; the visible text is a
 * few kilobytes, as in real mail. (The "dense" case in engine.bench.ts is the opposite extreme.)
 */

const STYLE = `<style><!--
/* Font Definitions */
@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face {font-family:DengXian; panose-1:2 1 6 0 3 1 1 1 1 1;}
@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face {font-family:"Microsoft YaHei"; panose-1:2 11 5 3 2 2 4 2 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; text-align:justify; text-justify:inter-ideograph; font-size:10.5pt; font-family:DengXian;}
a:link, span.MsoHyperlink {mso-style-priority:99; color:#0563C1; text-decoration:underline;}
span.EmailStyle17 {mso-style-type:personal-compose; font-family:DengXian; color:windowtext;}
.MsoChpDefault {mso-style-type:export-only; font-family:DengXian;}
@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 90.0pt 72.0pt 90.0pt;}
div.WordSection1 {page:WordSection1;}
--></style>`;

const MSO = `<!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1" /></o:shapelayout></xml><![endif]-->`;

const PARAGRAPHS = [
  "各位同事，大家好：",
  "附件是第三季度的销售数据汇总，请在周五前核对各自负责区域的数字，有出入请直接在表格里标注。",
  "Please review the Q3 figures for your region by Friday and mark any differences directly in the sheet.",
  "另外，下周二下午两点在三楼会议室开季度复盘会，会议材料会提前一天发出。",
  "The review meeting is on Tuesday at 2 pm in the third-floor meeting room; slides will follow a day ahead.",
  "如有问题，请随时联系我。",
];

function paragraph(text: string): string {
  return `<p class=MsoNormal><span lang=ZH-CN style='font-family:"Microsoft YaHei",sans-serif'>${text}<o:p></o:p></span></p>\n`;
}

function signature(): string {
  return (
    `<p class=MsoNormal><b><span lang=EN-US style='font-size:9.0pt;color:#1F3864'>Wang Fang 王芳<o:p></o:p></span></b></p>\n` +
    `<p class=MsoNormal><span lang=EN-US style='font-size:9.0pt;color:#595959'>Sales Operations | Contoso China<o:p></o:p></span></p>\n` +
    `<p class=MsoNormal><span lang=EN-US style='font-size:9.0pt'><a href="https://www.contoso.cn/">www.contoso.cn</a> | ` +
    `<a href="mailto:wang.fang@contoso.cn">wang.fang@contoso.cn</a> | <a href="https://intranet.contoso.cn/sales">销售门户</a><o:p></o:p></span></p>\n` +
    `<p class=MsoNormal><span lang=EN-US><img width=120 height=40 style='width:1.25in;height:.4166in' id="Picture_x0020_1" src="cid:image001.png@01DA0C1E.5A8F3C10" alt="Contoso"></span><o:p></o:p></p>\n`
  );
}

function quoted(round: number): string {
  return (
    `<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>` +
    `<p class=MsoNormal align=left style='text-align:left'><b><span lang=EN-US style='font-size:11.0pt;font-family:"Calibri",sans-serif'>From:</span></b>` +
    `<span lang=EN-US style='font-size:11.0pt;font-family:"Calibri",sans-serif'> Li Lei &lt;li.lei@contoso.cn&gt;<br><b>Sent:</b> Monday, ${round} October 2026 10:12<br>` +
    `<b>To:</b> Wang Fang &lt;wang.fang@contoso.cn&gt;<br><b>Subject:</b> RE: Q3 数据<o:p></o:p></span></p></div>\n` +
    PARAGRAPHS.slice(1, 4).map(paragraph).join("")
  );
}

/** About `bytes` long: the reply chain grows until it is. */
export function outlookHtml(bytes: number): string {
  const head = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)">${STYLE}${MSO}</head>\n`;
  let body = `<body lang=ZH-CN link="#0563C1" vlink="#954F72" style='word-wrap:break-word;text-justify-trim:punctuation'><div class=WordSection1>\n`;
  body += PARAGRAPHS.map(paragraph).join("") + paragraph("&nbsp;") + signature();
  for (let round = 1; head.length + body.length < bytes; round += 1) body += quoted(round);
  return `${head}${body}</div></body></html>`;
}
