/**
 * The Send handler's policy: policy.effective.json (see src/engine/policy-effective.ts) from the
 * add-in's origin, cached like the pane's. Classic Outlook's JS-only runtime has no localStorage
 * and no page address: it gets OfficeRuntime.storage and the build's base URL; browser runtimes
 * (web, new Outlook, Mac, the preview) have both a page address and localStorage.
 */
import { DEFAULT_POLICY } from "../engine/policy-defaults";
import { readEffectivePolicy } from "../engine/policy-effective";
import type { PolicyError } from "../engine/policy-errors";
import type { LoadedPolicy } from "../ports/host";
import { fetchText, loadPolicy, storageStore, type TextStore } from "../adapters/policy-source";

/** Set by the build: where the add-in is hosted. */
declare const __BASE_URL__: string | undefined;

export const EFFECTIVE_POLICY_FILE = "policy.effective.json";
const CACHE_KEY = "mailPreflight.effectivePolicy";

function runtimeStore(): TextStore | undefined {
  const runtime = (globalThis as { OfficeRuntime?: { storage?: TextStore } }).OfficeRuntime;
  if (runtime?.storage) return runtime.storage;
  return storageStore(() => (globalThis as { localStorage?: Storage }).localStorage);
}

function baseUrl(): string {
  const href = (globalThis as { location?: { href?: string } }).location?.href;
  if (href && /^https?:/.test(href)) return href;
  return typeof __BASE_URL__ === "string" ? __BASE_URL__ : "https://localhost:3000/";
}

// Written out, not made with policyError(): the message table would cost the handler ~3 KB.
const INVALID: PolicyError[] = [{ path: "", code: "notCompiled", params: {}, message: `is not a file written by "mail-preflight policy compile"` }];

export function loadHandlerPolicy(timeoutMs: number): Promise<LoadedPolicy> {
  return loadPolicy({
    url: new URL(EFFECTIVE_POLICY_FILE, baseUrl()).href,
    fetchText,
    resolve: (text) => {
      const file = readEffectivePolicy(text);
      return file ? { policy: file.policy, errors: [] } : { policy: DEFAULT_POLICY, errors: INVALID };
    },
    store: runtimeStore(),
    cacheKey: CACHE_KEY,
    timeoutMs,
  });
}
