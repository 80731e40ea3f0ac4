import { describe, expect, it } from "vitest";
import { mediumKey, mediumOfClaimant, mediumOfCredit, outletId } from "../../../src/extract/provenance/medium.ts";

describe("outletId", () => {
  it("gives a known outlet its id in the outlets lexicon", () => {
    expect(outletId("Liputan6.com")).toBe("liputan6-com");
    expect(outletId("The Guardian")).toBe("the-guardian");
  });
  it("gives an outlet the lexicon does not know a slug of its name", () => {
    expect(outletId("Warta Kita")).toBe("warta-kita");
  });
});

describe("mediumOfCredit", () => {
  it("knows the outlets and agencies of the outlets lexicon", () => {
    expect(mediumOfCredit("Yonhap")).toEqual({ name: "Yonhap", id: "yonhap" });
    expect(mediumOfCredit("The Guardian")).toEqual({ name: "The Guardian", id: "the-guardian" });
  });
  it("takes an unknown proper name credited as a medium", () => {
    expect(mediumOfCredit("Global Defence Corp")).toEqual({ name: "Global Defence Corp", id: "global-defence-corp" });
  });
  it("finds the medium inside a credited phrase that names its country first", () => {
    expect(mediumOfCredit("Rusia RIA Novosti")).toEqual({ name: "RIA Novosti", id: "ria-novosti" });
  });
  it("takes a name that reads as a medium ('harian …')", () => {
    expect(mediumOfCredit("harian Warta Timur")?.id).toBe("harian-warta-timur");
  });
  it("leaves out actors and institutions, and their web addresses: they are sources, not relays", () => {
    expect(mediumOfCredit("Pentagon")).toBeNull();
    expect(mediumOfCredit("Kemhan.go.id")).toBeNull();
    expect(mediumOfCredit("Defense.gov")).toBeNull();
    expect(mediumOfCredit("Warta-Timur.com")).toEqual({ name: "Warta-Timur.com", id: "warta-timur-com" });
    expect(mediumOfCredit("Kementerian Pertahanan Jepang")).toBeNull();
    expect(mediumOfCredit("Zelensky")).toBeNull();
  });
});

describe("mediumKey", () => {
  it("takes one medium's names with and without a web-domain ending for one", () => {
    expect(mediumKey("Asiaone.com")).toBe(mediumKey("Asiaone"));
    expect(mediumKey("Liputan6.com")).toBe(mediumKey("Liputan6"));
    expect(mediumKey("Kemhan.go.id")).toBe(mediumKey("Kemhan"));
  });
  it("keeps different media apart", () => {
    expect(mediumKey("CNN Indonesia")).not.toBe(mediumKey("CNN"));
    expect(mediumKey("Kompas TV")).not.toBe(mediumKey("Kompas.com"));
  });
});

describe("mediumOfClaimant", () => {
  it("is the medium of a claimant of kind outlet", () => {
    expect(mediumOfClaimant({ id: "bbc", name: "BBC", text: "BBC", kind: "outlet", known: true })).toEqual({ name: "BBC", id: "bbc" });
  });
  it("is null for anyone else, and for no claimant", () => {
    expect(mediumOfClaimant({ id: "kim", name: "Kim", text: "Kim", kind: "person", known: false })).toBeNull();
    expect(mediumOfClaimant(null)).toBeNull();
  });
});
