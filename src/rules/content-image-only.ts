import type { Rule } from "../engine/rule";
import { bodyAnalysis } from "../text/body/body";
import { visibleCharCount } from "../text/body/html";

/**
 * An HTML body made of images with almost no text: a classic spam pattern (filters compare text
 * to image area), and many readers block remote images, leaving an empty message. The manual has
 * no section on images; the closest are its spam-marking symptom (B §二(六)) and the advice to
 * keep the body simple (B §三(二)1).
 *
 * Counted as text: characters a reader sees (whitespace and invisible characters excluded; each
 * CJK character is one), alt text not included. Counted as images: `<img>` elements except
 * tracking pixels and spacers (width or height ≤ 2). Plain-text bodies are never flagged.
 */
export interface Options {
  /** Below this many visible characters, an HTML body with images is "image only". */
  readonly minTextChars: number;
}

const rule: Rule<Options> = {
  meta: {
    id: "content-image-only",
    category: "content",
    description: {
      "zh-CN": "HTML 正文几乎只有图片、没有文字",
      "zh-TW": "HTML 內文幾乎只有圖片、沒有文字",
      "en-US": "HTML body that is images with almost no text",
    },
    messages: {
      imageOnly: {
        "zh-CN": "正文有 {images} 张图片，文字却只有 {chars} 个字符。几乎全是图片的邮件容易被判为垃圾邮件，收件人也可能看不到图片。",
        "zh-TW": "內文有 {images} 張圖片，文字卻只有 {chars} 個字元。幾乎全是圖片的郵件容易被判為垃圾郵件，收件者也可能看不到圖片。",
        "en-US": "The body has {images:image|images} but only {chars:character|characters} of text. Mail that is almost all images is easily judged as spam, and readers may not see the images.",
      },
    },
    defaultSeverity: "warn",
    defaultOptions: { minTextChars: 40 },
    optionsSchema: { minTextChars: { type: "integer", minimum: 0, description: "Visible characters below which an HTML body with images counts as image-only." } },
    hasSuggestions: false,
    remedyId: "content-image-only",
  },
  check({ message, options }) {
    const body = bodyAnalysis(message);
    if (body.format !== "html" || body.images.count === 0) return [];
    const min = Number.isFinite(options.minTextChars) ? options.minTextChars : 40;
    // Counting stops at the threshold: a long body costs nothing here.
    const chars = visibleCharCount(body.text, min);
    if (chars >= min) return [];
    return [{ messageId: "imageOnly", data: { images: body.images.count, chars }, target: { kind: "body" } }];
  },
};

export default rule;
