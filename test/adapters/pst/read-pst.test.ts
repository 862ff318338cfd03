/**
 * The .pst/.ost adapter on the real files pst-extractor's npm package carries (read from
 * node_modules, never copied into the repository), a damaged copy built here, and files that are
 * not Outlook data files at all.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pstHeaderProblem, readPst, type PstItem } from "../../../src/adapters/pst";

const TESTDATA = path.resolve(__dirname, "../../../node_modules/pst-extractor/example/testdata");
const ENRON = path.join(TESTDATA, "enron.pst");
const OST = path.join(TESTDATA, "pstextractortest@outlook.com.ost");
const FOLDER = "Top of Personal Folders/lokay-m/MLOKAY (Non-Privileged)";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pst-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function all(file: string): PstItem[] {
  return [...readPst(file)];
}

describe("readPst on a real .pst (enron.pst)", () => {
  const items = all(ENRON);

  it("reads every message of every folder, named by folder path and position", () => {
    expect(items).toHaveLength(71);
    expect(items.filter((i) => "error" in i)).toEqual([]);
    const folders = [...new Set(items.map((i) => i.name.slice(0, i.name.lastIndexOf("/"))))];
    expect(folders).toEqual([FOLDER, `${FOLDER}/TW-Commercial Group`, `${FOLDER}/Systems`, `${FOLDER}/Sent Items`, `${FOLDER}/Personal`]);
    expect(items.filter((i) => i.name.startsWith(`${FOLDER}/Personal/`)).map((i) => i.name.slice(-6))).toEqual(
      Array.from({ length: 47 }, (_, n) => String(n + 1).padStart(6, "0")),
    );
  });

  it("maps a message's sender, recipients by field, subject, body and attachments with their sizes", () => {
    const item = items.find((i) => i.name === `${FOLDER}/TW-Commercial Group/000001`);
    if (!item || !("snapshot" in item)) throw new Error("message not read");
    const { snapshot } = item;
    expect(snapshot.sender).toEqual({ address: "Dennis.Lee@ENRON.com", displayName: "Lee  Dennis" });
    expect(snapshot.recipients).toEqual([
      { address: "Lorraine.Lindberg@ENRON.com", displayName: "Lindberg  Lorraine", field: "to" },
      { address: "Kimberly.Watson@ENRON.com", displayName: "Watson  Kimberly", field: "to" },
      { address: "Dennis.Lee@ENRON.com", displayName: "Lee  Dennis", field: "cc" },
    ]);
    expect(snapshot.subject).toBe("New OBA's");
    expect(snapshot.body.text).toContain("The attached OBA's have been submitted to the customers");
    expect(snapshot.attachments[0]).toEqual({ id: "pst-0", name: "OBA_27602_Citizens.doc", size: 53760, kind: "file", inline: false, contentType: "application/msword" });
    expect(snapshot.attachments.every((a) => a.size > 0)).toBe(true);
  });
});

describe("readPst on a real .ost", () => {
  const items = all(OST);

  it("reads the mail and says which items are not mail messages", () => {
    const errors = items.filter((i): i is Extract<PstItem, { error: string }> => "error" in i);
    expect(items.length - errors.length).toBeGreaterThanOrEqual(8);
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(e.error).toMatch(/^not a mail message: an Outlook item of class IPM\.(Appointment|Schedule\.Meeting\.)/);
  });

  it("reads HTML bodies and inline images, and names every item differently", () => {
    const welcome = items.find((i) => "snapshot" in i && i.snapshot.subject === "Welcome to your new Outlook.com account");
    if (!welcome || !("snapshot" in welcome)) throw new Error("message not read");
    expect(welcome.snapshot.body.html).toContain("<html");
    expect(welcome.snapshot.attachments.some((a) => a.inline && a.name === "colors.png" && a.size === 5306)).toBe(true);
    const names = items.map((i) => i.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("damaged and wrong files", () => {
  it("gives each unreadable message of a damaged .pst its error and reads the others", () => {
    const bytes = fs.readFileSync(ENRON);
    const at = Math.floor(bytes.length * 0.9) & ~511;
    bytes.fill(0xab, at, at + 200_000);
    const file = path.join(dir, "damaged.pst");
    fs.writeFileSync(file, bytes);
    const items = all(file);
    const errors = items.filter((i) => "error" in i);
    expect(errors.length).toBeGreaterThan(0);
    expect(items.length - errors.length).toBeGreaterThan(50);
    for (const e of errors) expect(e).toEqual({ name: expect.stringMatching(new RegExp(`^${FOLDER.replace(/[()]/g, "\\$&")}/`)), error: expect.stringMatching(/^(message|folder) could not be read: /) });
  });

  it("says a file is not a .pst by its first bytes, and when opening fails", () => {
    expect(pstHeaderProblem(new TextEncoder().encode("From: a@b.c\r\n"))).toBe("not an Outlook .pst/.ost file (it does not start with the !BDN signature)");
    expect(pstHeaderProblem(fs.readFileSync(ENRON).subarray(0, 4))).toBeUndefined();
    const file = path.join(dir, "fake.pst");
    fs.writeFileSync(file, Buffer.concat([Buffer.from("!BDN"), Buffer.alloc(600, 0x7f)]));
    expect(() => all(file)).toThrow(/^not a readable Outlook \.pst\/\.ost file: /);
  });

  it("leaves no file open when a file with the signature fails to open (a folder of damaged exports)", () => {
    const openFiles = () => fs.readdirSync("/proc/self/fd").length;
    const files = ["version", "encrypted", "damaged"].map((kind, i) => {
      const file = path.join(dir, `${kind}.pst`);
      const bytes = Buffer.concat([Buffer.from("!BDN"), Buffer.alloc(600, 0)]);
      if (i === 0) bytes[10] = 0x7f; // a version pst-extractor does not know
      if (i === 1) bytes[10] = 23; // Unicode …
      if (i === 1) bytes[513] = 0x02; // … encrypted with "high" encryption
      if (i === 2) bytes[10] = 23; // Unicode, with no B-trees behind the header
      fs.writeFileSync(file, bytes);
      return file;
    });
    const before = openFiles();
    for (let round = 0; round < 20; round++) for (const file of files) expect(() => all(file)).toThrow(/^not a readable Outlook \.pst\/\.ost file: /);
    expect(openFiles()).toBe(before);
  });
});
