/** Outlook's display language and theme reach the real pane (it reloads, as Outlook reloads it). */
import type { Frame } from "playwright-core";
import { countsSummary, t } from "../../src/taskpane/strings";
import { finding, pane, pickScenario, previewSession, screenshot, settled } from "./harness";

jest.setTimeout(120_000);

const s = previewSession();

/** Characters only Simplified Chinese writes this way (Traditional: 這 發 問 題 個 須 復 郵 檢 會 類 為 說 時 對 過 還 請 將 攔 刪 載 認 務 樣 麼 進). */
const SIMPLIFIED_ONLY = /[这发问题个须复邮检会类为说时对过还请将拦删载认务样么进]/;
const CJK = /[\u3400-\u9fff]/;

async function switchLanguage(tag: string): Promise<Frame> {
  await s.page.selectOption("#field-language", tag);
  const frame = await pane(s.page);
  await settled(frame);
  return frame;
}

const texts = async (frame: Frame): Promise<{ status: string; card: string; tabs: string }> => ({
  status: (await frame.locator("[data-testid=status]").textContent()) ?? "",
  card: (await finding(frame, "attachment-blocked-type").textContent()) ?? "",
  tabs: (await frame.locator("[role=tablist]").textContent()) ?? "",
});

describe("display language", () => {
  it("zh-TW and en-US replace every zh-CN string of the status and a finding", async () => {
    const zhCN = await texts(await pickScenario(s.page, "exe"));
    expect(zhCN.status).toBe(countsSummary("zh-CN", 1, 0));

    const zhTW = await texts(await switchLanguage("zh-TW"));
    expect(zhTW.status).toBe(countsSummary("zh-TW", 1, 0));
    expect(zhTW.card).toContain("report.exe");
    expect(zhTW.card).not.toBe(zhCN.card);
    for (const text of Object.values(zhTW)) expect(text).not.toMatch(SIMPLIFIED_ONLY);
    expect(await s.page.textContent("#send")).toBe("傳送");

    const enUS = await texts(await switchLanguage("en-US"));
    expect(enUS.status).toBe(countsSummary("en-US", 1, 0));
    expect(enUS.card).toContain("report.exe");
    for (const text of Object.values(enUS)) expect(text).not.toMatch(CJK);
    expect(await s.page.textContent("#send")).toBe("Send");
  });

  it("the pane's own language picker overrides Outlook's language", async () => {
    const frame = await pane(s.page);
    await frame.selectOption("[data-testid=language-select]", "en-US");
    await frame.locator("[data-testid=recheck]").filter({ hasText: t("en-US", "recheck") }).waitFor();
    expect(await frame.textContent("[data-testid=status]")).not.toMatch(CJK);
  });
});

describe("theme", () => {
  const luminance = (frame: Frame): Promise<number> =>
    frame.evaluate(() => {
      const root = document.querySelector(".fui-FluentProvider") ?? document.body;
      const [r, g, b] = (getComputedStyle(root).backgroundColor.match(/\d+/g) ?? ["255", "255", "255"]).map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    });

  it("a dark Outlook makes the pane dark, and light brings it back", async () => {
    expect(await luminance(await pane(s.page))).toBeGreaterThan(0.5);
    await pickScenario(s.page, "exe");
    await switchLanguage("zh-TW");
    await s.page.selectOption("#field-theme", "dark");
    const frame = await pane(s.page);
    await settled(frame);
    expect(await luminance(frame)).toBeLessThan(0.5);
    expect(await s.page.evaluate(() => document.querySelector(".preview")?.classList.contains("dark"))).toBe(true);
    await screenshot(s.page, "dark-zh-TW");
    await s.page.selectOption("#field-theme", "light");
    const light = await pane(s.page);
    await settled(light);
    expect(await luminance(light)).toBeGreaterThan(0.5);
  });
});

describe("Chinese compose window (the docs picture)", () => {
  it("shows the ad words of a Chinese spam message highlighted, in Chinese", async () => {
    await s.page.selectOption("#field-language", "zh-CN");
    const frame = await pickScenario(s.page, "spam-zh");
    const card = finding(frame, "content-spam-keywords");
    await expect(card.count()).resolves.toBe(1);
    await expect(card.locator("mark").count()).resolves.toBeGreaterThan(0);
    await screenshot(s.page, "overview-zh-CN");
  });
});

describe("English compose window (the docs picture)", () => {
  it("shows both mistyped addresses as warnings with a fix each", async () => {
    await s.page.selectOption("#field-language", "en-US");
    const frame = await pickScenario(s.page, "typos");
    expect(await frame.textContent("[data-testid=status]")).toBe(countsSummary("en-US", 0, 2));
    await expect(finding(frame, "recipient-domain-typo").locator("[data-edit=replaceRecipient]").count()).resolves.toBe(2);
    await screenshot(s.page, "overview-en-US");
  });
});
