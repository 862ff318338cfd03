/**
 * The `mail-preflight` command line, built with commander. Thin: each action hands its parsed
 * options to a command module and records the exit code. Runs in-process for tests: output goes
 * through `io`, and commander never calls process.exit (exitOverride).
 */
import { Command, CommanderError, Option } from "commander";
import packageJson from "../../package.json";
import { LOCALES, type Locale } from "../engine/rule";
import { EXIT_ERROR, runCheck, type FailOn, type Format } from "./check";
import { DEFAULT_DOH_URL } from "./dns";
import type { CliIO } from "./io";
import { localeFromEnv } from "./locale";
import { compilePolicy, showPolicy, validatePolicy } from "./policy-command";
import { listRules } from "./rules-command";

export const VERSION: string = packageJson.version;

const localeOption = (): Option =>
  new Option("--locale <locale>", "language of the report (default: from LC_ALL / LANG)").choices(LOCALES);
const formatOption = (): Option => new Option("--format <format>", "output format").choices(["text", "json"]).default("text");

export function buildProgram(io: CliIO, setExitCode: (code: number) => void): Command {
  const program = new Command("mail-preflight");
  // Set before adding commands: subcommands copy these settings when they are created.
  program
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .showHelpAfterError("(run with --help for usage)");
  program
    .description("Check .eml messages against the Mail Preflight policy before a roll-out.")
    .version(VERSION, "-V, --version");
  const httpsUrl = (value: string): string | undefined => {
    try {
      return new URL(value).protocol === "https:" ? value : undefined;
    } catch {
      return undefined;
    }
  };
  const locale = (value: unknown): Locale => (value as Locale | undefined) ?? localeFromEnv(io.env);

  program
    .command("check")
    .description("check .eml files, folders (recursively, *.eml) or - for standard input")
    .argument("<paths...>", "files, folders or -")
    .option("--policy <file>", "policy.json to apply (default: the built-in defaults)")
    .addOption(formatOption())
    .addOption(localeOption())
    .addOption(new Option("--fail-on <severity>", "exit 1 when a message has a finding of this severity or worse").choices(["block", "warn"]).default("block"))
    .addOption(
      new Option(
        "--dns-url <url>",
        "DNS-over-HTTPS JSON endpoint for recipient-domain-unreachable (used only when the policy turns that rule on)",
      ).default(DEFAULT_DOH_URL),
    )
    .version(VERSION, "-V, --version")
    .action(async (paths: string[], opts: { policy?: string; format: Format; locale?: Locale; failOn: FailOn; dnsUrl: string }) => {
      const dnsUrl = httpsUrl(opts.dnsUrl);
      if (dnsUrl === undefined) {
        io.stderr(`mail-preflight: --dns-url must be an https:// URL, not "${opts.dnsUrl}".\n`);
        setExitCode(EXIT_ERROR);
        return;
      }
      setExitCode(await runCheck(paths, { policy: opts.policy, format: opts.format, locale: locale(opts.locale), failOn: opts.failOn, dnsUrl }, io));
    });

  const policy = program.command("policy").description("validate, show or compile a policy file").version(VERSION, "-V, --version");
  policy
    .command("validate")
    .description("check a policy file against the schema; exit 0 when valid, 2 when not")
    .argument("<file>", "policy.json")
    .addOption(localeOption())
    .version(VERSION, "-V, --version")
    .action(async (file: string, opts: { locale?: Locale }) => {
      setExitCode(await validatePolicy(file, locale(opts.locale), io));
    });
  policy
    .command("show")
    .description("print the effective policy (after presets and defaults) as JSON")
    .argument("[file]", "policy.json (default: none, the built-in defaults)")
    .version(VERSION, "-V, --version")
    .action(async (file: string | undefined) => {
      setExitCode(await showPolicy(file, io));
    });
  policy
    .command("compile")
    .description("print policy.effective.json, the Send handler's copy of a valid policy (host it next to policy.json)")
    .argument("<file>", "policy.json")
    .version(VERSION, "-V, --version")
    .action(async (file: string) => {
      setExitCode(await compilePolicy(file, io));
    });

  program
    .command("rules")
    .description("list every rule with its category, default severity and what it checks")
    .addOption(formatOption())
    .addOption(localeOption())
    .version(VERSION, "-V, --version")
    .action((opts: { format: Format; locale?: Locale }) => {
      setExitCode(listRules(opts.format, locale(opts.locale), io));
    });
  return program;
}

/** Runs the command line (arguments without "node" and the script) and returns the exit code. */
export async function runCli(args: readonly string[], io: CliIO): Promise<number> {
  let exitCode = 0;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...args], { from: "user" });
    return exitCode;
  } catch (error) {
    // Help and version end with exit code 0; every other commander error is a usage error.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_ERROR;
    io.stderr(`mail-preflight: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_ERROR;
  }
}
