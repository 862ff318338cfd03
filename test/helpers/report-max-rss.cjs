// Preloaded (node -r) into a child process whose memory a test measures: at exit, its peak
// resident set size in kilobytes, on a line of its own on stderr.
"use strict";
process.on("exit", () => {
  require("node:fs").writeSync(2, `\nmax-rss-kb=${process.resourceUsage().maxRSS}\n`);
});
