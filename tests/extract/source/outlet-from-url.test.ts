import { describe, expect, it } from "vitest";
import { outletFromUrl } from "../../../src/extract/source/outlet-from-url.ts";

describe("outletFromUrl", () => {
  it("maps a known host to its outlet", () => {
    expect(outletFromUrl("https://www.liputan6.com/global/read/5910000/korea-utara")).toBe("Liputan6.com");
    expect(outletFromUrl("https://nasional.kompas.com/read/2021/10/05/07412871/x")).toBe("Kompas.com");
  });
  it("maps Medcom's host to the Metrotvnews.com outlet", () => {
    expect(outletFromUrl("https://www.medcom.id/internasional/asia/x")).toBe("Metrotvnews.com");
  });
  it("prefers the most specific host", () => {
    expect(outletFromUrl("https://jakarta.tribunnews.com/2024/12/10/x")).toBe("TribunJakarta.com");
    expect(outletFromUrl("https://www.tribunnews.com/2024/12/10/x")).toBe("Tribunnews.com");
  });
  it("matches a host with a path only under that path", () => {
    expect(outletFromUrl("https://www.bbc.com/indonesia/articles/x")).toBe("BBC News Indonesia");
    expect(outletFromUrl("https://www.bbc.com/news/world")).toBe("bbc.com");
  });
  it("gives an unknown host itself without www.", () => {
    expect(outletFromUrl("https://www.example.co.id/berita/1")).toBe("example.co.id");
  });
  it("gives null for no URL, a broken one, or another scheme", () => {
    expect(outletFromUrl(null)).toBeNull();
    expect(outletFromUrl("bukan url")).toBeNull();
    expect(outletFromUrl("mailto:redaksi@kompas.com")).toBeNull();
  });
});
