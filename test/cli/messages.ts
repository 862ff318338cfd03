/** Small .eml messages written for the CLI tests. */

function eml(headers: string, body: string): string {
  return `${headers.trim().split("\n").join("\r\n")}\r\n\r\n${body.split("\n").join("\r\n")}`;
}

export const CLEAN = eml(
  `From: Li Wei <li.wei@contoso.cn>
To: Zhang San <zhang.san@contoso.cn>
Subject: Meeting notes
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8`,
  "Hello Zhang,\n\nThe notes from today's meeting are below.\n\nLi Wei\n",
);

/** Only a warning: no subject (subject-empty is warn by default). */
export const NO_SUBJECT = eml(
  `From: Li Wei <li.wei@contoso.cn>
To: Zhang San <zhang.san@contoso.cn>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8`,
  "Hello Zhang,\n\nSee you tomorrow.\n",
);

export const WITH_EXE = eml(
  `From: Li Wei <li.wei@contoso.cn>
To: Zhang San <zhang.san@contoso.cn>
Subject: The installer
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1"`,
  `--b1
Content-Type: text/plain; charset=utf-8

Here is the installer.

--b1
Content-Type: application/octet-stream; name="setup.exe"
Content-Disposition: attachment; filename="setup.exe"
Content-Transfer-Encoding: base64

TVqQAAMAAAAEAAAA//8AAA==
--b1--
`,
);

export const NOT_MIME = "%PDF-1.4 this is not a mail message at all\n";
