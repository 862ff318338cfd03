import { escapeHtml, parseShareUrl, shareLineHtml } from "../../src/taskpane/share-line";
import { DEFAULT_POLICY } from "../../src/engine/policy/defaults";

const cloudShare = { ...DEFAULT_POLICY.cloudShare, expiryNote: { "zh-CN": "链接 30 天内有效", "zh-TW": "連結 30 天內有效", "en-US": "link valid for 30 days" } };

describe("share link line", () => {
  it.each([
    ["https://pan.example.cn/s/abc", "https://pan.example.cn/s/abc"],
    ["  https://pan.example.cn/s/abc \n", "https://pan.example.cn/s/abc"],
    ["HTTPS://drive.example.com/x?y=1#z", "HTTPS://drive.example.com/x?y=1#z"],
  ])("accepts %j", (input, expected) => {
    expect(parseShareUrl(input)).toBe(expected);
  });

  it.each(["http://pan.example.cn/s/abc", "javascript:alert(1)", "pan.example.cn/s/abc", "https://", "https:///path", "https://a b.cn/", "", "ftp://x.cn/"])(
    "rejects %j",
    (input) => {
      expect(parseShareUrl(input)).toBeUndefined();
    },
  );

  it("escapes a hostile file name and quotes in the link", () => {
    const html = shareLineHtml({
      name: "<img src=x onerror=alert(1)>.zip",
      size: 19_818_086,
      url: `https://pan.example.cn/s/1?q="><script>alert(1)</script>&x='y'`,
      locale: "en-US",
      cloudShare,
    });
    expect(html).toBe(
      '<p>&lt;img src=x onerror=alert(1)&gt;.zip (18.9 MB): <a href="https://pan.example.cn/s/1?q=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;x=&#39;y&#39;">https://pan.example.cn/s/1?q=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;x=&#39;y&#39;</a> (link valid for 30 days)</p>',
    );
    expect(html).not.toMatch(/<img|<script/);
  });

  it("writes the size and note in the user's language, and leaves the note out when there is none", () => {
    expect(shareLineHtml({ name: "a.txt", size: 500, url: "https://x.cn/1", locale: "zh-CN", cloudShare })).toBe(
      '<p>a.txt（500 字节）：<a href="https://x.cn/1">https://x.cn/1</a>（链接 30 天内有效）</p>',
    );
    expect(shareLineHtml({ name: "a.txt", size: 2048, url: "https://x.cn/1", locale: "en-US", cloudShare: DEFAULT_POLICY.cloudShare })).toBe(
      '<p>a.txt (2 KB): <a href="https://x.cn/1">https://x.cn/1</a></p>',
    );
  });

  it("refuses to build a line for a link that is not https://", () => {
    expect(() => shareLineHtml({ name: "a", size: 1, url: "http://x.cn/", locale: "en-US", cloudShare })).toThrow(/https:\/\//);
  });

  it("escapes every markup and quote character", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
});
