/** Loading policy.json: cache, TTL, a missing file, an unreachable host, an invalid file. */
import { fetchText, loadHostedPolicy, POLICY_CACHE_KEY, siblingUrl, storageStore, type FetchedText, type TextStore } from "../../../src/adapters/policy/source";
import { parsePolicyText } from "../../../src/engine/policy/resolve";
import { DEFAULT_POLICY } from "../../../src/engine/policy/defaults";

const URL = "https://addin.example.cn/policy.json";
const VALID = '{"internalDomains": ["contoso.cn"]}';
const INVALID = '{"enforcement": {"sendMode": "Block"}}';

function memoryStore(initial: Record<string, string> = {}): TextStore & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: async (key) => data[key] ?? null, setItem: async (key, value) => void (data[key] = value) };
}

function setup(answers: (FetchedText | Error)[], store = memoryStore(), start = 1_000_000) {
  let now = start;
  const fetchText = jest.fn(async (): Promise<FetchedText> => {
    const next = answers.shift();
    if (!next) throw new Error("no more answers");
    if (next instanceof Error) throw next;
    return next;
  });
  const load = () => loadHostedPolicy({ url: URL, fetchText, resolve: parsePolicyText, store, now: () => now, ttlMs: 60_000, timeoutMs: 500 });
  return { load, fetchText, store, advance: (ms: number) => void (now += ms) };
}

describe("loadHostedPolicy", () => {
  it("applies the hosted file and caches it", async () => {
    const { load, store } = setup([{ status: 200, text: VALID }]);
    const loaded = await load();
    expect(loaded.policy.internalDomains).toEqual(["contoso.cn"]);
    expect(loaded.source).toEqual({ kind: "hosted", url: URL, fetchedAt: 1_000_000 });
    expect(loaded.problem).toBeUndefined();
    expect(JSON.parse(store.data[POLICY_CACHE_KEY])).toEqual({ fetchedAt: 1_000_000, text: VALID });
  });

  it("uses the cached copy within the TTL without fetching, and fetches again after it", async () => {
    const { load, fetchText, advance } = setup([{ status: 200, text: VALID }, { status: 200, text: '{"internalDomains": ["fabrikam.cn"]}' }]);
    await load();
    advance(59_000);
    expect((await load()).source.kind).toBe("cached");
    expect(fetchText).toHaveBeenCalledTimes(1);
    advance(2_000);
    expect((await load()).policy.internalDomains).toEqual(["fabrikam.cn"]);
    expect(fetchText).toHaveBeenCalledTimes(2);
  });

  it("uses the defaults, with no complaint, when the host has no policy.json", async () => {
    const { load, fetchText, advance } = setup([{ status: 404, text: "" }]);
    expect(await load()).toEqual({ policy: DEFAULT_POLICY, source: { kind: "defaults" } });
    advance(1_000);
    expect((await load()).policy).toBe(DEFAULT_POLICY); // the 404 is cached too
    expect(fetchText).toHaveBeenCalledTimes(1);
  });

  it("keeps the defaults and names the bad field when the hosted file is invalid, and does not cache it", async () => {
    const { load, store } = setup([{ status: 200, text: INVALID }]);
    const loaded = await load();
    expect(loaded.policy).toBe(DEFAULT_POLICY);
    expect(loaded.problem).toMatchObject({ kind: "invalid", url: URL, errors: [{ path: "enforcement.sendMode" }] });
    expect(store.data[POLICY_CACHE_KEY]).toBeUndefined();
  });

  it("falls back to a stale cached copy when the host cannot be reached, and says so", async () => {
    const { load, advance } = setup([{ status: 200, text: VALID }, new Error("Failed to fetch")]);
    await load();
    advance(120_000);
    const loaded = await load();
    expect(loaded.policy.internalDomains).toEqual(["contoso.cn"]);
    expect(loaded.source.kind).toBe("cached");
    expect(loaded.problem).toEqual({ kind: "unreachable", url: URL, message: "Failed to fetch" });
  });

  it("uses the defaults when unreachable with nothing cached; a server error counts as unreachable", async () => {
    const { load } = setup([{ status: 503, text: "" }]);
    const loaded = await load();
    expect(loaded.policy).toBe(DEFAULT_POLICY);
    expect(loaded.problem).toEqual({ kind: "unreachable", url: URL, message: `GET ${URL}: HTTP 503` });
  });

  it("gives up on a fetch that never answers", async () => {
    jest.useFakeTimers();
    try {
      const fetchText = jest.fn(() => new Promise<FetchedText>(() => undefined));
      const pending = loadHostedPolicy({ url: URL, fetchText, resolve: parsePolicyText, timeoutMs: 500 });
      await jest.advanceTimersByTimeAsync(500);
      expect((await pending).problem).toEqual({ kind: "unreachable", url: URL, message: `GET ${URL}: no answer within 500 ms` });
      expect(jest.getTimerCount()).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });

  it("treats a damaged cache entry or a failing store as no cache", async () => {
    const broken: TextStore = { getItem: () => Promise.reject(new Error("quota")), setItem: () => Promise.reject(new Error("quota")) };
    for (const store of [memoryStore({ [POLICY_CACHE_KEY]: "{not json" }), broken]) {
      const { load } = setup([{ status: 200, text: VALID }], store as ReturnType<typeof memoryStore>);
      expect((await load()).policy.internalDomains).toEqual(["contoso.cn"]);
    }
  });

  it("ignores a cache entry from the future (a clock that moved back)", async () => {
    const store = memoryStore({ [POLICY_CACHE_KEY]: JSON.stringify({ fetchedAt: 5_000_000, text: '{"internalDomains": ["old.cn"]}' }) });
    const { load } = setup([{ status: 200, text: VALID }], store);
    expect((await load()).policy.internalDomains).toEqual(["contoso.cn"]);
  });
});

describe("storageStore", () => {
  it("is undefined when reading the storage throws (storage turned off)", () => {
    expect(storageStore(() => { throw new Error("SecurityError"); })).toBeUndefined();
  });
});

describe("siblingUrl (no URL object: classic Outlook's JS-only runtime has none)", () => {
  it.each([
    ["https://addin.example.cn/", "https://addin.example.cn/policy.effective.json"],
    ["https://addin.example.cn", "https://addin.example.cn/policy.effective.json"],
    ["https://addin.example.cn/mp/commands.html", "https://addin.example.cn/mp/policy.effective.json"],
    ["https://addin.example.cn/mp/commands.html?_host_Info=Outlook|Win32#x/y", "https://addin.example.cn/mp/policy.effective.json"],
    ["https://addin.example.cn:8443/a/b/", "https://addin.example.cn:8443/a/b/policy.effective.json"],
  ])("puts the file next to %s as URL would", (base, expected) => {
    expect(siblingUrl(base, "policy.effective.json")).toBe(expected);
    expect(siblingUrl(base, "policy.effective.json")).toBe(new globalThis.URL("policy.effective.json", base).href);
  });
});

describe("fetchText where fetch is missing", () => {
  const saved = { fetch: globalThis.fetch, xhr: (globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest };
  afterEach(() => {
    globalThis.fetch = saved.fetch;
    (globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest = saved.xhr;
  });

  it("asks XMLHttpRequest and passes on its status and text", async () => {
    delete (globalThis as { fetch?: unknown }).fetch;
    const opened: string[] = [];
    class FakeRequest {
      status = 0;
      responseText = "";
      onload: () => void = () => undefined;
      onerror: () => void = () => undefined;
      open(method: string, url: string) {
        opened.push(`${method} ${url}`);
      }
      send() {
        setTimeout(() => ((this.status = 200), (this.responseText = VALID), this.onload()), 0);
      }
    }
    (globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest = FakeRequest;
    await expect(fetchText(URL)).resolves.toEqual({ status: 200, text: VALID });
    expect(opened).toEqual([`GET ${URL}`]);
  });

  it("rejects at once when there is neither, so the fallback applies without waiting", async () => {
    delete (globalThis as { fetch?: unknown }).fetch;
    delete (globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest;
    const loaded = await loadHostedPolicy({ url: URL, fetchText, resolve: parsePolicyText, timeoutMs: 60_000 });
    expect(loaded.policy).toBe(DEFAULT_POLICY);
    expect(loaded.problem).toMatchObject({ kind: "unreachable", message: expect.stringMatching(/neither fetch nor XMLHttpRequest/) });
  });
});
