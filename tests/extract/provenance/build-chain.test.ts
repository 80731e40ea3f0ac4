import { describe, expect, it } from "vitest";
import { buildChain } from "../../../src/extract/provenance/build-chain.ts";
import type { Claimant } from "../../../src/schema/entry.ts";

const nis: Claimant = { id: "nis", name: "NIS", text: "NIS", kind: "agency", known: true };
const self: Claimant = { id: "outlet", name: "Metrotvnews.com", text: "Metrotvnews.com", kind: "self", known: false };
const kyiv: Claimant = { id: "kyiv-independent", name: "Kyiv Independent", text: "Kyiv Independent", kind: "outlet", known: true };
const yonhap = { name: "Yonhap", id: "yonhap" };
const reuters = { name: "Reuters", id: "reuters" };

describe("buildChain", () => {
  it("runs from the claimant through the relays in order to the outlet", () => {
    expect(buildChain(nis, { relays: [yonhap, reuters], origin: null }, "Metrotvnews.com")).toEqual([
      { name: "NIS", id: "nis", role: "claimant" },
      { name: "Yonhap", id: "yonhap", role: "relay" },
      { name: "Reuters", id: "reuters", role: "relay" },
      { name: "Metrotvnews.com", id: "metrotvnews-com", role: "outlet" },
    ]);
  });

  it("is claimant → outlet without relays", () => {
    expect(buildChain(nis, { relays: [], origin: null }, "Liputan6.com").map((l) => l.role)).toEqual(["claimant", "outlet"]);
  });

  it("has no claimant link for the outlet's own voice, and no outlet link when the article names none", () => {
    expect(buildChain(self, { relays: [yonhap], origin: null }, "Metrotvnews.com").map((l) => l.id)).toEqual(["yonhap", "metrotvnews-com"]);
    expect(buildChain(nis, { relays: [], origin: null }, null).map((l) => l.id)).toEqual(["nis"]);
    expect(buildChain(self, { relays: [], origin: null }, null)).toEqual([]);
  });

  it("starts with the medium a claimant medium quoted, the claimant then a relay", () => {
    const chain = buildChain(kyiv, { relays: [], origin: { medium: { name: "Ukrainska Pravda", id: "ukrainska-pravda" }, quotedBy: "kyiv-independent" } }, "Warta Kita");
    expect(chain.map((l) => `${l.id}:${l.role}`)).toEqual(["ukrainska-pravda:claimant", "kyiv-independent:relay", "warta-kita:outlet"]);
  });

  it("leaves the quoted origin to the claimant that quoted it", () => {
    const chain = buildChain(nis, { relays: [], origin: { medium: yonhap, quotedBy: "kyiv-independent" } }, null);
    expect(chain.map((l) => l.id)).toEqual(["nis"]);
  });

  it("takes a medium's name with a web-domain ending and without for one medium", () => {
    const asiaone: Claimant = { id: "asiaone", name: "Asiaone", text: "Asiaone", kind: "person", known: false };
    const chain = buildChain(asiaone, { relays: [{ name: "Asiaone.com", id: "asiaone-com" }, { name: "Suara", id: "suara" }], origin: null }, "Suara.com");
    expect(chain.map((l) => l.id)).toEqual(["asiaone", "suara-com"]);
  });

  it("never repeats a link, nor makes the claimant or the outlet its own relay", () => {
    const chain = buildChain(kyiv, { relays: [yonhap, { name: "Kyiv Independent", id: "kyiv-independent" }, yonhap, { name: "Metrotvnews.com", id: "metrotvnews-com" }], origin: null }, "Metrotvnews.com");
    expect(chain.map((l) => l.id)).toEqual(["kyiv-independent", "yonhap", "metrotvnews-com"]);
  });
});
