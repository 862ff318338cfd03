/**
 * Microsoft's Office.js from the @microsoft/office-js package, served in place of its CDN address:
 * the built taskpane.html keeps loading https://appsforoffice.microsoft.com/lib/1/hosted/office.js
 * (production pages must), and the browser tests get the real library offline. office.js loads the
 * scripts it needs next to itself (o15apptofilemappingtable.js, the host's outlook-*.js, strings),
 * so the whole /lib/1/hosted/ folder maps onto the package's dist folder. Everything else outside
 * the pane's own address is refused and recorded, as on a machine with no other way out.
 */
import fs from "node:fs";
import path from "node:path";
import type { BrowserContext, ConsoleMessage, Page } from "playwright-core";

export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const HOSTED = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const DIST = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

/** The add-in's own address in these tests: https, as in production (Office.js picks http or https from it). */
export const PANE_ORIGIN = "https://mail-preflight.test/";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".map": "application/json; charset=utf-8",
};

export interface OfficeJsRoute {
  /** Files served from the package, relative to /lib/1/hosted/, in request order. */
  readonly served: string[];
  /** Any other outside address the page asked for (and was refused, as offline). */
  readonly refused: string[];
}

/** A file under `root` for a URL path, or undefined (outside root, missing, a folder). */
function fileUnder(root: string, urlPath: string): string | undefined {
  const file = path.resolve(root, `.${decodeURIComponent(urlPath)}`);
  return file.startsWith(root + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile() ? file : undefined;
}

/**
 * Serves the built pages at PANE_ORIGIN from `build`, and the CDN folder from the package.
 * `block` makes the named CDN files fail as a firewall would (aborted, not recorded); every other
 * outside address is refused and recorded.
 */
export async function routePane(context: BrowserContext, build: string, block: (file: string) => boolean = () => false): Promise<OfficeJsRoute> {
  const served: string[] = [];
  const refused: string[] = [];
  const root = path.resolve(build);
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(PANE_ORIGIN)) {
      const file = fileUnder(root, new URL(url).pathname);
      if (!file) return route.fulfill({ status: 404, body: "not found" });
      return route.fulfill({ status: 200, contentType: TYPES[path.extname(file)] ?? "application/octet-stream", body: fs.readFileSync(file) });
    }
    if (url.startsWith(HOSTED)) {
      const name = new URL(url).pathname.slice("/lib/1/hosted/".length);
      const file = fileUnder(DIST, `/${name}`);
      if (block(name)) return route.abort("blockedbyclient");
      if (file) {
        served.push(name);
        return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: fs.readFileSync(file) });
      }
    }
    refused.push(url);
    return route.abort("blockedbyclient");
  });
  return { served, refused };
}

export interface PageProblems {
  /** console.error messages, with the address they are about. */
  readonly errors: { text: string; url: string }[];
  /** Uncaught exceptions (e.g. "Office is not defined"). */
  readonly uncaught: string[];
}

export function watchProblems(page: Page): PageProblems {
  const problems: PageProblems = { errors: [], uncaught: [] };
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() === "error") problems.errors.push({ text: message.text(), url: message.location().url });
  });
  page.on("pageerror", (error) => problems.uncaught.push(error.message));
  return problems;
}
