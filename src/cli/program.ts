/**
 * The `mail-preflight` command line, built with commander. Thin: each action hands its parsed
 * options to a command module and records the exit code. Runs in-process for tests: output goes
 * through `io`, and commander never calls process.exit (exitOverride).
 */
import { Command, CommanderError, Help, InvalidArgumentError, Option } from "commander";
import packageJson from "../../package.json";
import { LOCALES, type Locale } from "../engine/rule";
import { runCheck } from "./check";
import { EXIT_ERROR, type CheckFormat, type FailOn, type Format } from "./results";
import { DEFAULT_DOH_URL } from "./dns";
import type { CliIO } from "./io";
import { HELP_TEXT, helpExtras, helpLocale, helpTitle } from "./help-text";
import { localeFromEnv } from "./locale";
import { compilePolicy, showPolicy, validatePolicy } from "./policy-command";
import { listRules } from "./rules-command";
import { escapeControls } from "../engine/shown";
import { runReport } from "./report/command";
import { REPORT_HELP } from "./report/text";

export const VERSION: string = packageJson.version;

/** `--jobs`: a whole number from 1 (commander turns the throw into a usage error). */
function positiveInteger(value: string): number {
  if (!/^[1-9]\d{0,3}$/.test(value)) throw new InvalidArgumentError("expected a whole number from 1 to 9999");
  return Number(value);
}

/** Builds the program with its help in `lang` (see helpLocale; reports take --locale themselves). */
export function buildProgram(io: CliIO, setExitCode: (code: number) => void, lang: Locale = "en-US"): Command {
  const say = (id: keyof typeof HELP_TEXT): string => HELP_TEXT[id][lang];
  const localeOption = (): Option => new Option("--locale <locale>", say("locale")).choices(LOCALES);
  const formatOption = (choices = ["text", "json"]): Option => new Option("--format <format>", say("format")).choices(choices).default("text");
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
    .configureHelp({
      styleTitle: (title) => helpTitle(title, lang),
      optionDescription: (option) => helpExtras(new Help().optionDescription(option), lang),
    })
    .helpOption("-h, --help", say("help"))
    .helpCommand("help [command]", say("help"))
    .showHelpAfterError(say("afterError"));
  program.description(say("program")).version(VERSION, "-V, --version", say("version"));
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
    .description(say("check"))
    .argument("<paths...>", say("paths"))
    .option("--policy <file>", say("policyFile"))
    .addOption(formatOption(["text", "json", "jsonl"]))
    .addOption(localeOption())
    .addOption(new Option("--fail-on <severity>", say("failOn")).choices(["block", "warn"]).default("block"))
    .addOption(new Option("--dns-url <url>", say("dnsUrl")).default(DEFAULT_DOH_URL))
    .addOption(new Option("--jobs <n>", say("jobs")).argParser(positiveInteger))
    .version(VERSION, "-V, --version", say("version"))
    .action(async (paths: string[], opts: { policy?: string; format: CheckFormat; locale?: Locale; failOn: FailOn; dnsUrl: string; jobs?: number }) => {
      const dnsUrl = httpsUrl(opts.dnsUrl);
      if (dnsUrl === undefined) {
        io.stderr(`mail-preflight: --dns-url must be an https:// URL, not "${escapeControls(opts.dnsUrl)}".\n`);
        setExitCode(EXIT_ERROR);
        return;
      }
      setExitCode(await runCheck(paths, { policy: opts.policy, format: opts.format, locale: locale(opts.locale), failOn: opts.failOn, dnsUrl, jobs: opts.jobs }, io));
    });

  program
    .command("report")
    .description(REPORT_HELP.report[lang])
    .argument("<paths...>", say("paths"))
    .option("--policy <file>", say("policyFile"))
    .option("--compare <file>", REPORT_HELP.compare[lang])
    .addOption(localeOption())
    .option("--out <file>", REPORT_HELP.out[lang])
    .addOption(new Option("--dns-url <url>", say("dnsUrl")).default(DEFAULT_DOH_URL))
    .addOption(new Option("--jobs <n>", say("jobs")).argParser(positiveInteger))
    .version(VERSION, "-V, --version", say("version"))
    .action(async (paths: string[], opts: { policy?: string; compare?: string; locale?: Locale; out?: string; dnsUrl: string; jobs?: number }) => {
      const dnsUrl = httpsUrl(opts.dnsUrl);
      if (dnsUrl === undefined) {
        io.stderr(`mail-preflight: --dns-url must be an https:// URL, not "${escapeControls(opts.dnsUrl)}".\n`);
        setExitCode(EXIT_ERROR);
        return;
      }
      setExitCode(await runReport(paths, { ...opts, locale: locale(opts.locale), dnsUrl }, io));
    });

  const policy = program.command("policy").description(say("policy")).version(VERSION, "-V, --version", say("version"));
  policy
    .command("validate")
    .description(say("validate"))
    .argument("<file>", "policy.json")
    .addOption(localeOption())
    .version(VERSION, "-V, --version", say("version"))
    .action(async (file: string, opts: { locale?: Locale }) => {
      setExitCode(await validatePolicy(file, locale(opts.locale), io));
    });
  policy
    .command("show")
    .description(say("show"))
    .argument("[file]", say("showFile"))
    .addOption(localeOption())
    .version(VERSION, "-V, --version", say("version"))
    .action(async (file: string | undefined, opts: { locale?: Locale }) => {
      setExitCode(await showPolicy(file, locale(opts.locale), io));
    });
  policy
    .command("compile")
    .description(say("compile"))
    .argument("<file>", "policy.json")
    .addOption(localeOption())
    .version(VERSION, "-V, --version", say("version"))
    .action(async (file: string, opts: { locale?: Locale }) => {
      setExitCode(await compilePolicy(file, locale(opts.locale), io));
    });

  program
    .command("rules")
    .description(say("rules"))
    .addOption(formatOption())
    .addOption(localeOption())
    .version(VERSION, "-V, --version", say("version"))
    .action((opts: { format: Format; locale?: Locale }) => {
      setExitCode(listRules(opts.format, locale(opts.locale), io));
    });
  return program;
}

/** Runs the command line (arguments without "node" and the script) and returns the exit code. */
export async function runCli(args: readonly string[], io: CliIO): Promise<number> {
  let exitCode = 0;
  const program = buildProgram(
    io,
    (code) => {
      exitCode = code;
    },
    helpLocale(args, localeFromEnv(io.env)),
  );
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
