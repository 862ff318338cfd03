/**
 * The Send handler's policy: policy.effective.json (see src/engine/policy/effective.ts) from the
 * add-in's origin, cached like the pane's. Classic Outlook's JS-only runtime has no localStorage
 * and no page address: it gets OfficeRuntime.storage and the build's base URL; browser runtimes
 * (web, new Outlook, Mac, the preview) have both a page address and localStorage.
 */
import { DEFAULT_POLICY } from "../../engine/policy/defaults";
import { readEffectivePolicy } from "../../engine/policy/effective";
import type { PolicyError } from "../../engine/policy/errors";
import type { LoadedPolicy } from "../../ports/host";
import { fetchText, loadHostedPolicy, siblingUrl, storageStore, type TextStore } from "./source";

/** Set by the build: where the add-in is hosted. */
declare const __BASE_URL__: string | undefined;

export const EFFECTIVE_POLICY_FILE = "policy.effective.json";
const CACHE_KEY = "mailPreflight.effectivePolicy";

/*
 * The host's objects are read by name behind `typeof`, never through a global object:
 * `globalThis` is ES2020, and which of `self`, `window` or `global` the JS-only runtime defines
 * is not documented; `Function("return this")` is eval, which a Content-Security-Policy forbids
 * in the browser runtimes. `typeof` of a name that does not exist is "undefined" everywhere,
 * without a ReferenceError, so each name is simply looked up where it is needed.
 */
function runtimeStore(): TextStore | undefined {
  if (typeof OfficeRuntime !== "undefined" && OfficeRuntime.storage) return OfficeRuntime.storage;
  // Reading localStorage throws where the browser forbids storage: storageStore catches that.
  return storageStore(() => (typeof localStorage !== "undefined" ? localStorage : undefined));
}

function baseUrl(): string {
  const href = typeof location !== "undefined" && location ? location.href : undefined;
  if (href && /^https?:/.test(href)) return href;
  // An `if`, not `?:`: the build replaces __BASE_URL__ and then drops the other branch.
  if (typeof __BASE_URL__ === "string") return __BASE_URL__;
  return "https://localhost:3000/";
}

// Written out, not made with policyError(): the message table would cost the handler ~3 KB. The
// handler shows no policy errors (the pane does, from its own check), so the message is short.
const INVALID: PolicyError[] = [{ path: "", code: "notCompiled", params: {}, message: "is not a compiled policy" }];

export function loadHandlerPolicy(timeoutMs: number): Promise<LoadedPolicy> {
  return loadHostedPolicy({
    url: siblingUrl(baseUrl(), EFFECTIVE_POLICY_FILE),
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
