/**
 * A stand-in for classic Outlook's JavaScript-only runtime (before Version 2403): a V8 context
 * with only ES2016 built-ins, no DOM, no web APIs, no global object name, plus timers on a
 * virtual clock and a fake Office that lives inside the context (its arrays and promises are
 * the context's own, so a newer method called on them fails as it would in Outlook).
 */
import vm from "node:vm";

/** Built-ins newer than ES2016 (or not part of the language) that the context loses. */
export const NEWER_BUILTINS: Readonly<Record<string, readonly string[]>> = {
  Object: ["values", "entries", "getOwnPropertyDescriptors", "fromEntries", "hasOwn", "groupBy"],
  "String.prototype": ["padStart", "padEnd", "trimStart", "trimEnd", "trimLeft", "trimRight", "matchAll", "replaceAll", "at", "isWellFormed", "toWellFormed"],
  "Array.prototype": ["flat", "flatMap", "at", "findLast", "findLastIndex", "toSorted", "toReversed", "toSpliced", "with"],
  "Promise.prototype": ["finally"],
  Promise: ["allSettled", "any", "withResolvers"],
  Map: ["groupBy"],
  "Symbol.prototype": ["description"],
};

export const NEWER_GLOBALS = [
  "globalThis",
  "structuredClone",
  "queueMicrotask",
  "TextEncoder",
  "TextDecoder",
  "URL",
  "URLSearchParams",
  "AbortController",
  "AbortSignal",
  "fetch",
  "XMLHttpRequest",
  "SharedArrayBuffer",
  "Atomics",
  "BigInt",
  "BigInt64Array",
  "BigUint64Array",
  "WeakRef",
  "FinalizationRegistry",
  "AggregateError",
  "Iterator",
];

const STRIP = `
(function (g) {
  var newer = ${JSON.stringify(NEWER_BUILTINS)};
  Object.keys(newer).forEach(function (path) {
    var target = path.split(".").reduce(function (o, k) { return o[k]; }, g);
    newer[path].forEach(function (name) { delete target[name]; });
  });
  ${JSON.stringify(NEWER_GLOBALS)}.forEach(function (name) { delete g[name]; });
})(this);
`;

export interface ItemSpec {
  subject: string;
  to: { displayName: string; emailAddress: string }[];
  cc: { displayName: string; emailAddress: string }[];
  bcc: { displayName: string; emailAddress: string }[];
  bodyHtml: string;
  attachments: { id: string; name: string; size: number; attachmentType: string; isInline: boolean }[];
}

export interface SandboxOptions {
  item: ItemSpec;
  /** Mailbox minor version the fake supports (1.minor). */
  minor?: number;
  /** Office calls that never call back, answer Failed, or throw when called. */
  hang?: string[];
  fail?: string[];
  throws?: string[];
  /** How the policy request goes: answered by fetch or XMLHttpRequest, or neither exists. */
  transport: "fetch" | "xhr" | "none";
  /** The policy request's answer; "fail" rejects (network error), "hang" never answers. */
  policy: { status: number; text: string } | "fail" | "hang";
}

/** The fake Office, run inside the context: everything it hands the handler is the context's own. */
const FAKE_OFFICE = `
var Office, OfficeRuntime, fetch, XMLHttpRequest;
var __sandbox = (function (spec) {
  var completed = [], calls = [], handlers = {}, session = {}, store = {};
  function answer(name, args, value) {
    calls.push(name);
    if (spec.throws.indexOf(name) >= 0) throw new Error(name + " is not available");
    var callback = null;
    for (var i = 0; i < args.length; i++) if (typeof args[i] === "function") callback = args[i];
    if (!callback || spec.hang.indexOf(name) >= 0) return;
    var failed = spec.fail.indexOf(name) >= 0;
    setTimeout(function () {
      if (failed) callback({ status: "failed", value: undefined, error: { code: 9017, name: "GenericResponseError", message: name + " failed" } });
      else callback({ status: "succeeded", value: value() });
    }, 0);
  }
  function recipients(field) {
    return { getAsync: function () { return answer(field + ".getAsync", arguments, function () {
      return spec.item[field].map(function (r) { return { displayName: r.displayName, emailAddress: r.emailAddress, recipientType: "externalUser" }; });
    }); } };
  }
  var item = {
    subject: { getAsync: function () { return answer("subject.getAsync", arguments, function () { return spec.item.subject; }); } },
    from: { getAsync: function () { return answer("from.getAsync", arguments, function () { return { displayName: "Wang Fang", emailAddress: "wang.fang@example.cn" }; }); } },
    to: recipients("to"), cc: recipients("cc"), bcc: recipients("bcc"),
    body: { getAsync: function (coercion) { return answer("body.getAsync(" + coercion + ")", arguments, function () { return spec.item.bodyHtml; }); } },
    getAttachmentsAsync: function () { return answer("getAttachmentsAsync", arguments, function () {
      return spec.item.attachments.map(function (a) { return { id: a.id, name: a.name, size: a.size, attachmentType: a.attachmentType, isInline: a.isInline }; });
    }); },
    sessionData: {
      getAsync: function (key) { return answer("sessionData.getAsync", arguments, function () { return session[key] || ""; }); },
      setAsync: function (key, value) { return answer("sessionData.setAsync", arguments, function () { session[key] = value; }); }
    }
  };
  Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Html: "html", Text: "text" },
    actions: { associate: function (name, fn) { handlers[name] = fn; } },
    context: {
      displayLanguage: "en-US",
      requirements: { isSetSupported: function (name, version) { return name === "Mailbox" && Number(version.split(".")[1]) <= spec.minor; } },
      mailbox: { item: item }
    }
  };
  OfficeRuntime = { storage: {
    getItem: function (key) { return Promise.resolve(store.hasOwnProperty(key) ? store[key] : null); },
    setItem: function (key, value) { store[key] = value; return Promise.resolve(); }
  } };
  var requests = [];
  function respond(url, onAnswer, onError) {
    requests.push(url);
    if (spec.policy === "hang") return;
    setTimeout(function () { if (spec.policy === "fail") onError(); else onAnswer(spec.policy.status, spec.policy.text); }, 0);
  }
  if (spec.transport === "fetch") {
    fetch = function (url) {
      return new Promise(function (resolve, reject) {
        respond(url, function (status, text) {
          resolve({ status: status, text: function () { return Promise.resolve(text); } });
        }, function () { reject(new TypeError("Failed to fetch")); });
      });
    };
  }
  if (spec.transport === "xhr") {
    XMLHttpRequest = function () { this.status = 0; this.responseText = ""; };
    XMLHttpRequest.prototype.open = function (method, url) { this.url = url; };
    XMLHttpRequest.prototype.send = function () {
      var request = this;
      respond(request.url, function (status, text) { request.status = status; request.responseText = text; request.onload(); }, function () { request.onerror(); });
    };
  }
  return {
    send: function () { handlers.onMessageSendHandler({ completed: function (options) { completed.push(JSON.stringify(options)); } }); },
    completed: completed, calls: calls, session: session, requests: requests, associated: function () { return Object.keys(handlers); }
  };
})(__spec);
`;

interface Timer {
  readonly id: number;
  readonly at: number;
  readonly fn: () => void;
}

export interface SandboxRun {
  /** Each `event.completed` argument, in order. */
  readonly completed: unknown[];
  /** The virtual time of the first `completed` call (ms after Send). */
  readonly completedAt: number | undefined;
  /** The longest delay of any timer that fired: the deadline timer firing shows here. */
  readonly firedDelays: number[];
  readonly session: Record<string, string>;
  readonly requests: string[];
  readonly calls: string[];
}

/** A context with only ES2016 built-ins: what the tests load code into. */
export function es2016Context(extra: Record<string, unknown> = {}): vm.Context {
  const context = vm.createContext({ ...extra });
  vm.runInContext(STRIP, context);
  return context;
}

/** Loads `code` (a built handler file) into a fresh ES2016 context and presses Send once. */
export async function sendInSandbox(code: string, options: SandboxOptions): Promise<SandboxRun> {
  let now = 0;
  let nextId = 1;
  const timers: Timer[] = [];
  const firedDelays: number[] = [];
  const setTimeoutFake = (fn: () => void, ms?: number): number => {
    const delay = Math.max(0, Number(ms) || 0);
    const timer = { id: nextId++, at: now + delay, fn: () => (firedDelays.push(delay), fn()) };
    timers.push(timer);
    return timer.id;
  };
  const clearTimeoutFake = (id: number): void => {
    const index = timers.findIndex((t) => t.id === id);
    if (index >= 0) timers.splice(index, 1);
  };
  const spec = { minor: 15, hang: [], fail: [], throws: [], ...options };
  const context = es2016Context({ setTimeout: setTimeoutFake, clearTimeout: clearTimeoutFake });
  vm.runInContext(`var __spec = JSON.parse(${JSON.stringify(JSON.stringify(spec))});`, context);
  vm.runInContext(FAKE_OFFICE, context);
  vm.runInContext(code, context, { filename: "launchevent.js" });
  const sandbox = vm.runInContext("__sandbox", context) as {
    send: () => void;
    completed: string[];
    calls: string[];
    session: Record<string, string>;
    requests: string[];
    associated: () => string[];
  };
  if (!sandbox.associated().includes("onMessageSendHandler")) throw new Error("the handler file did not call Office.actions.associate");

  let completedAt: number | undefined;
  const settle = async (): Promise<void> => {
    for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve));
    if (completedAt === undefined && sandbox.completed.length > 0) completedAt = now;
  };
  sandbox.send();
  await settle();
  // Run every timer the handler left, in time order, up to a minute of virtual time: a second
  // `completed` after the first would show here.
  while (timers.length > 0) {
    timers.sort((a, b) => a.at - b.at || a.id - b.id);
    const timer = timers.shift() as Timer;
    if (timer.at > 60_000) break;
    now = timer.at;
    timer.fn();
    await settle();
  }
  return {
    completed: sandbox.completed.map((text) => JSON.parse(text)),
    completedAt,
    firedDelays,
    session: { ...sandbox.session },
    requests: [...sandbox.requests],
    calls: [...sandbox.calls],
  };
}
