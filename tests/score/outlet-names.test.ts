import { describe, expect, it } from "vitest";
import { outletMatches, outletNamedInText, outletNames } from "../../src/score/outlet-names.ts";

describe("outletNames", () => {
  it("accepts the main name and each bracketed name", () => {
    expect(outletNames("Rakyat Bengkulu (KORANRB.ID)")).toEqual(["Rakyat Bengkulu", "KORANRB.ID"]);
    expect(outletNames("Indonesia Warta Magazine (IWM)")).toEqual(["Indonesia Warta Magazine", "IWM"]);
  });

  it("leaves out a network named in the brackets", () => {
    expect(outletNames("SuryaKota.com (Surya Kota, Tribun Network)")).toEqual(["SuryaKota.com", "Surya Kota"]);
    expect(outletNames("KabarBogor.com (Tribun Network)")).toEqual(["KabarBogor.com"]);
    expect(outletNames("Warta Daerah (Jaringan Warta Group)")).toEqual(["Warta Daerah"]);
  });

  it("gives a plain name as it is", () => {
    expect(outletNames("kumparan")).toEqual(["kumparan"]);
  });
});

describe("outletMatches", () => {
  it("ignores case, spaces and punctuation", () => {
    expect(outletMatches("KOMPAS.TV", "Kompas TV")).toBe(true);
    expect(outletMatches("KompasTV", "Kompas TV")).toBe(true);
    expect(outletMatches("sindonews", "SINDOnews")).toBe(true);
  });

  it("lets one side carry a web-domain ending the other lacks", () => {
    expect(outletMatches("KONTAN.CO.ID", "Kontan")).toBe(true);
    expect(outletMatches("Beritasatu.com", "BeritaSatu (Beritasatu.com)")).toBe(true);
    expect(outletMatches("Suarapena", "Suarapena.com")).toBe(true);
    expect(outletMatches("metro7.co.id", "Metro7 (metro7.co.id)")).toBe(true);
  });

  it("does not match two different endings of one brand", () => {
    expect(outletMatches("Kompas.tv", "Kompas.com")).toBe(false);
  });

  it("matches a bracketed name, but never the network alone", () => {
    expect(outletMatches("SURYAKOTA.COM", "SuryaKota.com (Surya Kota, Tribun Network)")).toBe(true);
    expect(outletMatches("Surya Kota", "SuryaKota.com (Surya Kota, Tribun Network)")).toBe(true);
    expect(outletMatches("Tribun Network", "SuryaKota.com (Surya Kota, Tribun Network)")).toBe(false);
    expect(outletMatches("IWM", "Indonesia Warta Magazine (IWM)")).toBe(true);
  });

  it("never matches no outlet, nor another outlet of the same network", () => {
    expect(outletMatches(null, "Kontan")).toBe(false);
    expect(outletMatches("Tribunnews.com", "SuryaKota.com (Surya Kota, Tribun Network)")).toBe(false);
  });
});

describe("outletNamedInText", () => {
  it("finds the outlet written as a domain in a dateline", () => {
    expect(outletNamedInText("Tribunnews", "TRIBUNNEWS.COM - Korea Utara mengirim pasukan.")).toBe(true);
    expect(outletNamedInText("Kompas TV", "KIEV, KOMPAS.TV - Serangan rudal.")).toBe(true);
  });

  it("finds a name written without its spaces", () => {
    expect(outletNamedInText("IDN Times", "Jakarta, IDNTimes.com - Budanov menyebut.")).toBe(true);
  });

  it("finds a bracketed short name", () => {
    expect(outletNamedInText("Indonesia Warta Magazine (IWM)", "Jakarta, IWM - Sekitar 1.000 tentara.")).toBe(true);
  });

  it("wants whole words, and the ending as written", () => {
    expect(outletNamedInText("ERA.id", "Di era perang dingin, Korea Utara menutup diri.")).toBe(false);
    expect(outletNamedInText("Bisnis.com", "Kegiatan bisnis di Seoul berjalan seperti biasa.")).toBe(false);
    expect(outletNamedInText("RMOL", "Para pengamat ROMOLI menilai.")).toBe(false);
  });
});
