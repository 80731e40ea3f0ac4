import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { slugify } from "../../src/site/slugify.ts";
import { urlRegistry } from "../../src/site/url-registry.ts";

describe("slugify", () => {
  it("makes an outlet's domain a URL segment", () => expect(slugify("Liputan6.com")).toBe("liputan6-com"));
  it("drops accents and punctuation", () => expect(slugify("Kompas.id — Édisi (Pagi)")).toBe("kompas-id-edisi-pagi"));
  it("gives 'x' when nothing is left", () => expect(slugify("“…”")).toBe("x"));
  it("always gives a safe segment", () =>
    fc.assert(fc.property(fc.string(), (s) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slugify(s)))));
});

describe("urlRegistry", () => {
  it("keeps an id that is already a slug", () => expect(urlRegistry()("nis")).toBe("nis"));
  it("numbers a second key that slugs the same", () => {
    const segment = urlRegistry();
    expect([segment("Liputan6.com"), segment("liputan6-com"), segment("Liputan6.com")]).toEqual(["liputan6-com", "liputan6-com-2", "liputan6-com"]);
  });
  it("never hands out a reserved segment", () => expect(urlRegistry(["tidak-diketahui"])("Tidak Diketahui")).toBe("tidak-diketahui-2"));
  it("never gives two keys the same segment", () =>
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 30 }), (keys) => {
        const segment = urlRegistry();
        return new Set(keys.map(segment)).size === keys.length;
      }),
    ));
});
