/**
 * SpamAssassin's daemon for the comparison sections: started by the bench on 127.0.0.1 and a free
 * port with local tests only (no DNS, no network lists, no Bayes learning, so nothing outside the
 * machine is asked and nothing is remembered between runs), stopped when the bench ends or dies.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export const INSTALL_HINT = "SpamAssassin is not installed: `apt-get install -y spamassassin` (Debian/Ubuntu) to run this row.";

export interface SpamcResult {
  readonly score: number;
  readonly threshold: number;
  readonly spam: boolean;
  /** spamc skipped it (over its size limit) or spamd failed: no verdict. */
  readonly skipped: boolean;
}

export interface Spamd {
  readonly version: string;
  /** Checks one message with a fresh `spamc -c`, as a mail server would per message. */
  check(bytes: Uint8Array): SpamcResult;
  stop(): void;
}

function onPath(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" }).status === 0;
}

export function spamAssassinInstalled(): boolean {
  return onPath("spamd") && onPath("spamc");
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The system's site config (it loads the plugins) plus ours on top. */
function siteConfig(dir: string): string {
  const site = path.join(dir, "site");
  fs.mkdirSync(site);
  // Debian/Ubuntu keep it in /etc/spamassassin, other systems in /etc/mail/spamassassin.
  const system = ["/etc/spamassassin", "/etc/mail/spamassassin"].find((dir) => fs.existsSync(dir));
  if (system) {
    for (const name of fs.readdirSync(system)) {
      if (/\.(pre|cf)$/.test(name)) fs.copyFileSync(path.join(system, name), path.join(site, name));
    }
  }
  fs.writeFileSync(path.join(site, "zz-bench.cf"), "use_bayes 0\nbayes_auto_learn 0\ndns_available no\n");
  fs.chmodSync(dir, 0o755);
  return site;
}

const running = new Set<ChildProcess>();
function stopAll(): void {
  for (const child of running) if (child.exitCode === null) child.kill("SIGTERM");
  running.clear();
}
process.on("exit", stopAll);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    stopAll();
    process.exit(130);
  });
}

export async function startSpamd(): Promise<Spamd> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mail-preflight-spamd-"));
  const port = await freePort();
  const args = ["-L", "-x", "--siteconfigpath", siteConfig(dir), "--listen", `127.0.0.1:${port}`];
  args.push("--pidfile", path.join(dir, "spamd.pid"), "-m", "1", "--min-children", "1", "--max-spare", "1", "--syslog", "stderr");
  // spamd refuses to keep root; it would drop to nobody anyway, so say so.
  if (process.getuid?.() === 0) args.push("-u", "nobody");
  // Its log goes to a file, not a pipe: the bench loops synchronously and would not drain a
  // pipe, and spamd stops when its log writes fail.
  const logFile = path.join(dir, "spamd.log");
  const logFd = fs.openSync(logFile, "w");
  const child = spawn("spamd", args, { stdio: ["ignore", "ignore", logFd] });
  fs.closeSync(logFd);
  running.add(child);
  const log = (): string => (fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8").slice(-4000) : "");
  const spamc = (input: Uint8Array | string, extra: string[]) =>
    spawnSync("spamc", ["-d", "127.0.0.1", "-p", String(port), ...extra], { input, encoding: "utf8" });

  // Ready when it answers a ping; rule compilation takes a few seconds.
  const deadline = Date.now() + 60_000;
  while (spamc("", ["-K"]).status !== 0) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill("SIGTERM");
      fs.rmSync(dir, { recursive: true, force: true });
      throw new Error(`spamd did not start on 127.0.0.1:${port}:\n${log()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const version = (spawnSync("spamd", ["--version"], { encoding: "utf8" }).stdout.split("\n")[0] ?? "").trim();
  return {
    version,
    check(bytes) {
      if (child.exitCode !== null) throw new Error(`spamd stopped during the bench:\n${log()}`);
      const result = spamc(bytes, ["-c"]);
      const match = /^(-?[\d.]+)\/([\d.]+)/.exec(result.stdout ?? "");
      // "0/0" is spamc's answer for a message it did not send (size limit) or could not check.
      if (!match || match[2] === "0") return { score: 0, threshold: 0, spam: false, skipped: true };
      const score = Number(match[1]);
      const threshold = Number(match[2]);
      return { score, threshold, spam: score >= threshold, skipped: false };
    },
    stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      running.delete(child);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
