/** Builds the development bundle once for every e2e file; the files serve it statically. */
import { buildInto } from "../build/build-helpers";

export default async function globalSetup(): Promise<void> {
  process.env.MAIL_PREFLIGHT_E2E_BUILD = await buildInto({}, "development");
}
