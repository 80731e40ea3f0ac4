import { describe, expect, it } from "vitest";
import { quoteSpans } from "../../../src/extract/claims/quote-spans.ts";

describe("quoteSpans", () => {
  it("pairs straight quotes", () => {
    expect(quoteSpans('"Kami siap," kata dia.', false)).toEqual({ spans: [[0, 12]], startsQuoted: true, endsInQuote: false });
  });

  it("pairs curly quotes", () => {
    expect(quoteSpans("Ia berkata “tidak”.", false).spans).toEqual([[11, 18]]);
  });

  it("leaves a quotation open at the end of the sentence", () => {
    expect(quoteSpans('"Pasukan itu ditarik.', false)).toMatchObject({ endsInQuote: true, spans: [[0, 21]] });
  });

  it("continues a quotation opened in an earlier sentence", () => {
    expect(quoteSpans('Mereka kalah," kata Zelensky.', true)).toMatchObject({ spans: [[0, 14]], startsQuoted: true, endsInQuote: false });
  });
});
