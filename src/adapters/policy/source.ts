/**
 * Where the pane and the Send handler get the admin's policy: policy.json from the add-in's own
 * origin, kept in a small cache for a few minutes so Send does not wait on the network each time.
 * No fetch, storage or validator is hard-wired: each caller passes its own (localStorage and the
 * full validator in the pane; OfficeRuntime.storage and the lean validator in the handler).
 *
 * What applies, in order: a fresh cached copy; else the hosted file; when the host has no
 * policy.json (404), the defaults; when it cannot be reached, a stale cached copy, else the
 * defaults; when the hosted file is invalid, the defaults (a stale valid copy would hide the
 * admin's mistake, and the pane must show it).
 */
import { DEFAULT_POLICY } from "../../engine/policy/defaults";
import type { EffectivePolicy } from "../../engine/policy/types";
import type { PolicyError } from "../../engine/policy/errors";
import type { LoadedPolicy } from "../../ports/host";

export const POLICY_CACHE_KEY = "mailPreflight.policy";
/** Short, so an admin's change reaches every user within minutes. */
export const POLICY_TTL_MS = 5 * 60 * 1000;
export const POLICY_FETCH_TIMEOUT_MS = 2000;

/** An async key-value store: OfficeRuntime.storage has this shape; localStorage is wrapped in it. */
export interface TextStore {
  getItem(key: string): Promise<string | null | undefined>;
  setItem(key: string, value: string): Promise<void>;
}

export interface FetchedText {
  readonly status: number;
  readonly text: string;
}

export interface PolicySourceOptions {
  /** Absolute URL of policy.json. */
  readonly url: string;
  readonly fetchText: (url: string) => Promise<FetchedText>;
  /** Reads a policy file's text; errors empty when it applies. */
  readonly resolve: (text: string) => { readonly policy: EffectivePolicy; readonly errors: readonly PolicyError[] };
  readonly store?: TextStore;
  /** Where in the store; the pane's policy.json and the handler's compiled copy differ. */
  readonly cacheKey?: string;
  readonly now?: () => number;
  readonly ttlMs?: number;
  readonly timeoutMs?: number;
}

/** The cached entry: the file's text (null = the host has none) and when it was fetched. */
interface CacheEntry {
  readonly fetchedAt: number;
  readonly text: string | null;
}

function parseEntry(raw: string | null | undefined): CacheEntry | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<CacheEntry>;
    if (typeof value.fetchedAt !== "number" || (value.text !== null && typeof value.text !== "string")) return undefined;
    return { fetchedAt: value.fetchedAt, text: value.text };
  } catch {
    return undefined; // a damaged entry is simply not a cache hit
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

const DEFAULTS: LoadedPolicy = { policy: DEFAULT_POLICY, source: { kind: "defaults" } };

// Promise chains, not an async function: each costs the Send handler a generator wrapper.
export function loadHostedPolicy(options: PolicySourceOptions): Promise<LoadedPolicy> {
  const { url, store, resolve } = options;
  const key = options.cacheKey ?? POLICY_CACHE_KEY;
  const now = options.now ?? Date.now;
  const ttl = options.ttlMs ?? POLICY_TTL_MS;

  const fromEntry = (entry: CacheEntry, kind: "hosted" | "cached"): LoadedPolicy => {
    if (entry.text === null) return DEFAULTS;
    const { policy, errors } = resolve(entry.text);
    if (errors.length > 0) return { ...DEFAULTS, problem: { kind: "invalid", url, errors } };
    return { policy, source: { kind, url, fetchedAt: entry.fetchedAt } };
  };

  // A store that fails (quota, storage turned off) only means no cache; it never fails the load.
  const stored = store ? Promise.resolve().then(() => store.getItem(key)).catch(() => undefined) : Promise.resolve(undefined);
  return stored.then((raw) => {
    const cached = parseEntry(raw);
    if (cached && now() - cached.fetchedAt >= 0 && now() - cached.fetchedAt < ttl) return fromEntry(cached, "cached");
    const fetched = Promise.resolve()
      .then(() => withTimeout(options.fetchText(url), options.timeoutMs ?? POLICY_FETCH_TIMEOUT_MS, `GET ${url}`))
      .then((answer) => {
        if (answer.status !== 404 && (answer.status < 200 || answer.status > 299)) throw new Error(`GET ${url}: HTTP ${answer.status}`);
        return answer;
      });
    return fetched.then(
      (answer): LoadedPolicy | Promise<LoadedPolicy> => {
        const entry: CacheEntry = { fetchedAt: now(), text: answer.status === 404 ? null : answer.text };
        const loaded = fromEntry(entry, "hosted");
        // Only what applied is cached: an invalid file is fetched again next time, once it is fixed.
        if (loaded.problem || !store) return loaded;
        return Promise.resolve()
          .then(() => store.setItem(key, JSON.stringify(entry)))
          .catch(() => undefined)
          .then(() => loaded);
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        const fallback = cached ? fromEntry(cached, "cached") : DEFAULTS;
        return fallback.problem ? fallback : { ...fallback, problem: { kind: "unreachable", url, message } };
      },
    );
  });
}

/** localStorage (or any Storage) as a TextStore; undefined where storage is turned off. */
export function storageStore(get: () => Storage | undefined): TextStore | undefined {
  let storage: Storage | undefined;
  try {
    storage = get();
  } catch {
    return undefined; // reading window.localStorage itself throws when the browser forbids it
  }
  if (!storage) return undefined;
  const target = storage;
  return {
    getItem: (key) => Promise.resolve().then(() => target.getItem(key)),
    setItem: (key, value) => Promise.resolve().then(() => target.setItem(key, value)),
  };
}

/**
 * `file` in the folder of `base` (an http(s) address: the page's own, or the build's base URL,
 * which ends in "/"). A string join, not `new URL`: classic Outlook's JS-only runtime has no URL.
 */
export function siblingUrl(base: string, file: string): string {
  const address = base.replace(/[?#].*$/, "");
  const pathStart = address.indexOf("/", address.indexOf("//") + 2);
  return pathStart < 0 ? `${address}/${file}` : address.slice(0, address.lastIndexOf("/") + 1) + file;
}

/** The policy file next to `base`: the page's own address, or the build's base URL. */
export function policyUrl(base: string): string {
  return siblingUrl(base, "policy.json");
}

/** XMLHttpRequest as FetchedText, for runtimes that have no fetch. */
function requestText(url: string): Promise<FetchedText> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("GET", url);
    request.onload = () => resolve({ status: request.status, text: request.status === 200 ? String(request.responseText) : "" });
    request.onerror = () => reject(new Error(`GET ${url}: network error`));
    request.send();
  });
}

/**
 * fetch() as FetchedText; the cache is ours, so the browser's must not serve a stale file. Where
 * fetch is missing, XMLHttpRequest; where both are, a rejection at once, so the caller's
 * fallback (cache or defaults) applies now rather than at its timeout.
 */
export function fetchText(url: string): Promise<FetchedText> {
  if (typeof fetch === "function") {
    return fetch(url, { cache: "no-store", credentials: "omit" }).then((response) =>
      response.status === 200 ? response.text().then((text) => ({ status: 200, text })) : { status: response.status, text: "" },
    );
  }
  if (typeof XMLHttpRequest === "function") return requestText(url);
  return Promise.reject(new Error(`GET ${url}: this runtime has neither fetch nor XMLHttpRequest`));
}
