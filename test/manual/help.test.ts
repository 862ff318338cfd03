import { HELP_TOPICS, HELP_GROUPS, getHelpTopic } from "../../src/manual/help";

const HAN = /[\u3400-\u9fff]/;

describe("help topics", () => {
  it("has 10–14 topics with unique ids", () => {
    expect(HELP_TOPICS.length).toBeGreaterThanOrEqual(10);
    expect(HELP_TOPICS.length).toBeLessThanOrEqual(14);
    const ids = HELP_TOPICS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("covers what DESIGN.md §6 asks for", () => {
    for (const id of ["send-basics", "send-smtp-auth", "send-filtered", "send-ip-blocklist", "send-spf-dns", "send-limits", "bounce-sender-not-exist", "receive-missing", "receive-sync", "login-failed", "client-config", "mailbox-full"]) {
      expect(getHelpTopic(id)?.id).toBe(id);
    }
    expect(getHelpTopic("nope")).toBeUndefined();
  });

  it("puts every topic in exactly one group", () => {
    const grouped = HELP_GROUPS.flatMap((g) => g.topics.map((t) => t.id));
    expect(grouped).toEqual(HELP_TOPICS.map((t) => t.id));
  });

  it.each(HELP_TOPICS.map((t) => [t.id, t] as const))("%s has steps, sources and keywords in Chinese and English", (_id, topic) => {
    expect(topic.steps.length).toBeGreaterThanOrEqual(2);
    expect(topic.steps.length).toBeLessThanOrEqual(5);
    expect(topic.sources.length).toBeGreaterThan(0);
    expect(topic.keywords.every((k) => k.trim() !== "")).toBe(true);
    expect(topic.keywords.some((k) => HAN.test(k))).toBe(true);
    expect(topic.keywords.some((k) => /^[\x20-\x7e]+$/.test(k))).toBe(true);
    expect(new Set(topic.keywords).size).toBe(topic.keywords.length);
  });

  it("says what to do when the mailbox is still full after cleaning (B §六Q3)", () => {
    const topic = getHelpTopic("mailbox-full")!;
    expect(topic.sources).toContainEqual({ guide: "B", section: "六Q3" });
    expect(topic.steps.some((s) => s["en-US"].includes("lag"))).toBe(true);
  });
});
