/**
 * Microsoft's Office.js from the @microsoft/office-js package, served in place of its CDN address:
 * the built taskpane.html keeps loading https://appsforoffice.microsoft.com/lib/1/hosted/office.js
 * (production pages must), and the browser tests get the real library offline. office.js loads the
 * scripts it needs next to itself (o15apptofilemappingtable.js, the host's outlook-*.js, strings),
 * so the whole /lib/1/hosted/ folder maps onto the package's dist folder.
 */
import fs from "node:fs";
import path from "node:path";
import type { BrowserContext, ConsoleMessage, Page } from "playwright-core";

export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const HOSTED = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const DIST = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

export interface OfficeJsRoute {
  /** Files served from the package, relative to /lib/1/hosted/, in request order. */
  readonly served: string[];
  /** Any other address outside the test server that the page tried (and was refused). */
  readonly refused: string[];
}

/**
 * Routes the CDN folder to the package. `block` makes the named files fail as a firewall would
 * (a matching name is aborted, not served); every other outside address is refused and recorded.
 */
export async function routeOfficeJs(context: BrowserContext, localOrigin: string, block: (file: string) => boolean = () => false): Promise<OfficeJsRoute> {
  const served: string[] = [];
  const refused: string[] = [];
  await context.route(
    (url) => !url.href.startsWith(localOrigin),
    async (route) => {
      const url = route.request().url();
      const file = url.startsWith(HOSTED) ? decodeURIComponent(new URL(url).pathname.slice("/lib/1/hosted/".length)) : undefined;
      const local = file === undefined ? undefined : path.resolve(DIST, file);
      if (file === undefined || local === undefined || block(file) || !local.startsWith(DIST + path.sep) || !fs.existsSync(local)) {
        if (file === undefined || !block(file)) refused.push(url);
        await route.abort("blockedbyclient");
        return;
      }
      served.push(file);
      await route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: fs.readFileSync(local) });
    },
  );
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
