/** The part of mailcheck (no types of its own) that the typo bench calls. */
declare module "mailcheck" {
  interface Suggestion {
    readonly address: string;
    readonly domain: string;
    readonly full: string;
  }
  const Mailcheck: {
    /** The lists mailcheck uses when none are given. */
    defaultDomains: readonly string[];
    defaultSecondLevelDomains: readonly string[];
    defaultTopLevelDomains: readonly string[];
    suggest(email: string, domains?: readonly string[], secondLevelDomains?: readonly string[], topLevelDomains?: readonly string[]): Suggestion | false;
  };
  export default Mailcheck;
}
