import { providerLabelSlip } from "../../../src/text/addresses/provider-label";

describe("providerLabelSlip", () => {
  it.each([
    ["gmai.co.uk", "gmail.co.uk"], // the ending kept: the user chose it
    ["gnail.co.uk", "gmail.co.uk"],
    ["hotmial.co.uk", "hotmail.co.uk"], // the provider's own regional domain
    ["hotmal.de", "hotmail.de"],
    ["gmial.net", "gmail.com"], // an ending gmail never uses for mail
    ["goooglemail.net", "googlemail.com"],
    ["outlok.com.tw", "outlook.com.tw"],
  ])("%s → %s", (typed, meant) => expect(providerLabelSlip(typed)).toBe(meant));

  it.each([
    ["gmail.co.uk", "the name itself: an ending question, not a slip in the name"],
    ["email.de", "a word, not gmail with its first letter changed"],
    ["cloud.co.uk", "icloud's first letter is missing: a word of its own"],
    ["gmial.edu", "a university's domain: no provider has mail there"],
    ["gmial.gov.uk", "a government's domain"],
    ["mail.gmai.co.uk", "a server under someone's own domain"],
    ["gmx.de", "too far from any name"],
    ["qqq.co.uk", "short and numeric names are not compared alone"],
    ["sohi.co.uk", "four letters: too many words sit one key away"],
    ["gmai.example", "an ending people do not use for mail"],
  ])("%s stays (%s)", (domain) => expect(providerLabelSlip(domain)).toBeUndefined());
});
