import fs from "node:fs";

export default async function globalTeardown(): Promise<void> {
  const out = process.env.MAIL_PREFLIGHT_E2E_BUILD;
  if (out) fs.rmSync(out, { recursive: true, force: true });
}
