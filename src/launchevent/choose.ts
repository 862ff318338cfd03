/**
 * What the Send handler's build writes instead of `test ? yes : no` (webpack.config.js,
 * `noConditionalOperator`): Microsoft's troubleshooting page for event-based add-ins says the
 * conditional operator keeps the handler from loading in classic Outlook's JavaScript-only
 * runtime before Version 2403. Both branches arrive as functions, so only the chosen one runs,
 * as with the operator. Written with `if`, so it holds none itself.
 */
export function choose<T, F>(test: unknown, yes: () => T, no: () => F): T | F {
  if (test) return yes();
  return no();
}
