import rule from "../../src/rules/content-too-many-links";
import { DEFAULT_POLICY } from "../../src/engine/policy/defaults";
import { ruleTester } from "../helpers/rule-tester";
import { makeSnapshot } from "../helpers/snapshot";

const links = (n: number, host = (i: number) => `site${i}.com`) =>
  Array.from({ length: n }, (_, i) => `<a href="https://${host(i)}/page">link ${i}</a>`).join(" ");
/** Many links are reported only beside another signal: here a run of "!!!" in the body. */
const LOUD = "<p>Don't miss it!!!</p>";
const html = (h: string) => makeSnapshot({ body: { html: h } });
const loud = (h: string) => html(`${h}${LOUD}`);

ruleTester(rule, {
  valid: [
    { name: "exactly the limit", message: html(links(10)) },
    { name: "the same link many times", message: html(links(30, () => "example.com")) },
    { name: "the same page with different fragments", message: html(Array.from({ length: 20 }, (_, i) => `<a href="https://x.com/doc#s${i}">${i}</a>`).join("")) },
    { name: "internal links do not count", message: html(links(20, (i) => `app${i}.contoso.com`)), policy: { ...DEFAULT_POLICY, internalDomains: ["contoso.com"] } },
    {
      name: "links to the sender's own domain do not count",
      message: makeSnapshot({ sender: { address: "li@fabrikam.cn", displayName: "Li" }, body: { html: links(20, (i) => `www.fabrikam.cn/p${i}`) } }),
    },
    { name: "mailto and images do not count", message: html(Array.from({ length: 20 }, (_, i) => `<a href="mailto:u${i}@x.com">m</a><img src="https://img${i}.com/a.png">`).join("")) },
    {
      // A newsletter linking into its own sites: the sender's registrable domain and every host under it.
      name: "links to the sender's own sites do not count, even with the company's domains in the policy",
      message: makeSnapshot({ sender: { address: "news@mailer.fabrikam.co.uk", displayName: "Fabrikam" }, body: { html: `${links(20, (i) => `www.fabrikam.co.uk/p${i}`)}${links(20, (i) => `shop${i}.fabrikam.co.uk`)}` } }),
      policy: { ...DEFAULT_POLICY, internalDomains: ["contoso.com"] },
    },
    { name: "a raised limit", message: loud(links(15)), options: { max: 20 } },
    // Weak alone: a link round-up or newsletter with no other sign of advertising.
    { name: "many external links alone, with no other signal", message: html(links(40)) },
    { name: "many external links with a few sales words below the threshold", message: html(`${links(40)}<p>Start your free trial.</p>`) },
    {
      // The second signal is the policy's content score: a raised threshold raises it here too.
      name: "many links and ad wording under a raised keyword threshold",
      message: html(`${links(12)}<p>Click here for a special offer at the lowest price.</p>`),
      policy: { ...DEFAULT_POLICY, keywords: { ...DEFAULT_POLICY.keywords, threshold: 30 } },
    },
  ],
  invalid: [
    {
      name: "eleven distinct external links",
      message: loud(links(11)),
      findings: [{ messageId: "tooMany", data: { count: 11, limit: 10, domains: ["site0.com", "site1.com", "site2.com", "site3.com", "site4.com", "…"] }, target: { kind: "body" } }],
    },
    {
      name: "anchors and plain-text links together",
      message: loud(`${links(6)}<p>${Array.from({ length: 6 }, (_, i) => `http://t${i}.org/x`).join(" ")}</p>`),
      findings: [{ messageId: "tooMany", data: { count: 12 } }],
    },
    {
      name: "a plain-text body over a lower limit",
      message: makeSnapshot({ subject: "LAST CHANCE TODAY", body: { text: "www.a.com www.b.com www.c.com" } }),
      options: { max: 2 },
      findings: [{ messageId: "tooMany", data: { count: 3, limit: 2, domains: ["a.com", "b.com", "c.com"] } }],
    },
    {
      // As every rule reads the company's domains: a provider's domain is never the sender's company.
      name: "links to a provider the sender happens to use (qq.com) still count",
      message: makeSnapshot({ sender: { address: "li@qq.com", displayName: "Li" }, body: { html: loud(links(11, (i) => `user${i}.qq.com`)).body.html } }),
      findings: [{ messageId: "tooMany", data: { count: 11 } }],
    },
    {
      name: "the sender's own links do not hide ten external ones",
      message: makeSnapshot({ sender: { address: "news@fabrikam.cn", displayName: "Fabrikam" }, body: { html: `${links(30, (i) => `www.fabrikam.cn/p${i}`)}${links(11)}${LOUD}` } }),
      findings: [{ messageId: "tooMany", data: { count: 11 } }],
    },
    {
      // fabrikam.cn.evil.com is not under fabrikam.cn: its registrable domain is evil.com.
      name: "a host that only starts with the sender's domain is external",
      message: makeSnapshot({ sender: { address: "news@fabrikam.cn", displayName: "Fabrikam" }, body: { html: `${links(11, (i) => `fabrikam.cn.evil${i}.com`)}${LOUD}` } }),
      findings: [{ messageId: "tooMany", data: { count: 11 } }],
    },
    {
      name: "many links beside an all-capitals subject",
      message: makeSnapshot({ subject: "HUGE SUMMER SALE", body: { html: links(12) } }),
      findings: [{ messageId: "tooMany", data: { count: 12 } }],
    },
    {
      // The links add their points to the content score; the ad wording brings it to the threshold.
      name: "many links beside advertising wording at the content threshold",
      message: html(`${links(12)}<p>Click here for a special offer at the lowest price.</p>`),
      findings: [{ messageId: "tooMany", data: { count: 12 } }],
    },
  ],
});
