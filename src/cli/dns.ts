/**
 * The opt-in DNS look-up behind recipient-domain-unreachable, for the CLI. The rule is pure, so
 * the shell asks: for every recipient domain, is there a mail server (MX, or A/AAAA to fall back
 * on, RFC 5321 §5.1), a null MX (RFC 7505), or no domain at all? Over DNS-over-HTTPS (the JSON
 * API that AliDNS, Google and Cloudflare all offer), each question bounded in time, each domain
 * asked once per run. Only done when the policy turns the rule on: it sends recipient domains to
 * the resolver.
 */
import type { DomainCheck } from "../engine/snapshot";

/** AliDNS: reachable from mainland China, where most of our users are. */
export const DEFAULT_DOH_URL = "https://dns.alidns.com/resolve";
const TIMEOUT_MS = 3000;
/** Domains asked at once: a mass mailing has hundreds of domains, a resolver limits its clients. */
const CONCURRENCY = 8;

/** GETs a URL and parses its JSON; rejects on any failure. Part of CliIO so tests can answer. */
export type FetchJson = (url: string, timeoutMs: number) => Promise<unknown>;

/** The FetchJson Node gives (CliIO.fetchJson on Node; the check workers use it too). */
export async function fetchDnsJson(url: string, timeoutMs: number): Promise<unknown> {
  const response = await fetch(url, { headers: { accept: "application/dns-json" }, signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json() as Promise<unknown>;
}

interface DohAnswer {
  readonly type?: number;
  readonly data?: string;
}
interface DohResponse {
  readonly Status?: number;
  readonly Answer?: readonly DohAnswer[];
}

const NXDOMAIN = 3;
const TYPE = { A: 1, MX: 15, AAAA: 28 } as const;

function asResponse(value: unknown): DohResponse {
  if (typeof value !== "object" || value === null || typeof (value as DohResponse).Status !== "number") {
    throw new Error("not a DNS-over-HTTPS JSON answer");
  }
  return value as DohResponse;
}

function records(response: DohResponse, type: number): string[] {
  return (response.Answer ?? []).filter((a) => a.type === type && typeof a.data === "string").map((a) => a.data as string);
}

/** A null MX is one MX record with preference 0 and the root as host: "0 ." */
function isNullMx(mx: readonly string[]): boolean {
  return mx.length === 1 && /^0\s+\.$/.test(mx[0].trim());
}

async function ask(fetchJson: FetchJson, dohUrl: string, domain: string, type: keyof typeof TYPE): Promise<DohResponse> {
  const url = `${dohUrl}?name=${encodeURIComponent(domain)}&type=${type}`;
  return asResponse(await fetchJson(url, TIMEOUT_MS));
}

/** One domain's status; every failure (timeout, resolver error, odd answer) is "error", never a throw. */
export async function checkDomain(fetchJson: FetchJson, dohUrl: string, domain: string): Promise<DomainCheck["status"]> {
  try {
    const mxAnswer = await ask(fetchJson, dohUrl, domain, "MX");
    if (mxAnswer.Status === NXDOMAIN) return "not-found";
    if (mxAnswer.Status !== 0) return "error";
    const mx = records(mxAnswer, TYPE.MX);
    if (isNullMx(mx)) return "null-mx";
    if (mx.length > 0) return "ok";
    // No MX: mail goes to the domain's own address, if it has one.
    for (const type of ["A", "AAAA"] as const) {
      const answer = await ask(fetchJson, dohUrl, domain, type);
      if (answer.Status === 0 && records(answer, TYPE[type]).length > 0) return "ok";
    }
    return "no-mail-host";
  } catch {
    return "error";
  }
}

/** Looks up domains with bounded concurrency, reusing answers across the files of one run. */
export class DomainChecker {
  private readonly cache = new Map<string, Promise<DomainCheck["status"]>>();

  constructor(
    private readonly fetchJson: FetchJson,
    private readonly dohUrl: string = DEFAULT_DOH_URL,
  ) {}

  async check(domains: Iterable<string>): Promise<DomainCheck[]> {
    const unique = [...new Set([...domains].map((d) => d.toLowerCase()).filter((d) => d.includes(".")))];
    const out: DomainCheck[] = [];
    for (let i = 0; i < unique.length; i += CONCURRENCY) {
      const batch = unique.slice(i, i + CONCURRENCY);
      const statuses = await Promise.all(batch.map((domain) => this.statusOf(domain)));
      batch.forEach((domain, k) => out.push({ domain, status: statuses[k] }));
    }
    return out;
  }

  private statusOf(domain: string): Promise<DomainCheck["status"]> {
    let pending = this.cache.get(domain);
    if (!pending) {
      pending = checkDomain(this.fetchJson, this.dohUrl, domain);
      this.cache.set(domain, pending);
    }
    return pending;
  }
}
