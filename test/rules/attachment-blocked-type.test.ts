import rule from "../../src/rules/attachment-blocked-type";
import { DEFAULT_POLICY } from "../../src/engine/policy/defaults";
import { ruleTester } from "../helpers/rule-tester";
import { file, makeSnapshot } from "../helpers/snapshot";

const setup = file("Setup.EXE", 1200);
const policy = (add: string[], remove: string[]) => ({ ...DEFAULT_POLICY, blockedExtensions: { add, remove } });

ruleTester(rule, {
  valid: [
    { name: "documents and images", message: makeSnapshot({ attachments: [file("a.pdf", 1), file("b.docx", 1), file("c.jpg", 1, { inline: true })] }) },
    { name: "a .zip is not blocked by itself", message: makeSnapshot({ attachments: [file("tools.zip", 1)] }) },
    { name: "a .tar.gz", message: makeSnapshot({ attachments: [file("src.tar.gz", 1)] }) },
    { name: "no extension", message: makeSnapshot({ attachments: [file("README", 1)] }) },
    { name: "a cloud attachment is a link", message: makeSnapshot({ attachments: [file("setup.exe", 1, { kind: "cloud" })] }) },
    { name: "an attached item named by its subject", message: makeSnapshot({ attachments: [file("Re: setup.exe", 1, { kind: "item" })] }) },
    { name: "a type the policy removes", message: makeSnapshot({ attachments: [file("tool.py", 1)] }), policy: policy([], [".PY"]) },
  ],
  invalid: [
    {
      name: "an .exe, any case",
      message: makeSnapshot({ attachments: [setup] }),
      findings: [
        {
          messageId: "blocked",
          data: { name: "Setup.EXE", ext: "exe" },
          target: { kind: "attachment", id: setup.id, name: "Setup.EXE" },
          suggestions: [
            { messageId: "remove", edit: { type: "removeAttachment", attachmentId: setup.id, name: "Setup.EXE" } },
            { messageId: "shareLink", edit: { type: "insertShareLink", attachmentId: setup.id, name: "Setup.EXE", size: 1200 } },
          ],
        },
      ],
    },
    {
      name: "Outlook-only and Gmail-only types",
      message: makeSnapshot({ attachments: [file("run.ps1", 1), file("x.dll", 1), file("y.dmg", 1), file("z.settingcontent-ms", 1)] }),
      findings: [
        { messageId: "blocked", data: { ext: "ps1" } },
        { messageId: "blocked", data: { ext: "dll" } },
        { messageId: "blocked", data: { ext: "dmg" } },
        { messageId: "blocked", data: { ext: "settingcontent-ms" } },
      ],
    },
    { name: "trailing dots and spaces are dropped by Windows", message: makeSnapshot({ attachments: [file("run.bat. .", 1)] }), findings: [{ messageId: "blocked", data: { ext: "bat" } }] },
    { name: "v1.2.exe", message: makeSnapshot({ attachments: [file("v1.2.exe", 1)] }), findings: [{ messageId: "blocked", data: { ext: "exe" } }] },
    {
      name: "a blocked type inside a .gz (Gmail refuses it)",
      message: makeSnapshot({ attachments: [file("setup.exe.gz", 1)] }),
      findings: [{ messageId: "blockedCompressed", data: { ext: "exe", compressor: "gz" } }],
    },
    { name: "an inline attachment", message: makeSnapshot({ attachments: [file("x.js", 1, { inline: true })] }), findings: [{ messageId: "blocked" }] },
    { name: "a type the policy adds", message: makeSnapshot({ attachments: [file("backup.xz", 1)] }), policy: policy([".XZ"], []), findings: [{ messageId: "blocked", data: { ext: "xz" } }] },
    {
      name: "a bidi name is shown with its controls made visible",
      message: makeSnapshot({ attachments: [file("photo\u202Egnp.scr", 1)] }),
      findings: [{ messageId: "blocked", data: { name: "photo[RLO]gnp.scr", ext: "scr" } }],
    },
  ],
});
