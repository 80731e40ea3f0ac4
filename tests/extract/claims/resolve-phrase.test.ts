import { describe, expect, it } from "vitest";
import { resolvePhrase } from "../../../src/extract/claims/resolve-phrase.ts";

const ids = (phrase: string) => {
  const r = resolvePhrase(phrase);
  return r.type === "claimants" ? r.claimants.map((c) => `${c.id}${c.known ? "" : "?"}`) : r.type;
};

describe("resolvePhrase", () => {
  it("reads coordinated names as several claimants, the first first", () => {
    expect(ids("Amerika Serikat (AS) dan Ukraina")).toEqual(["united-states", "ukraine"]);
    expect(ids("para pembelot dan ahli militer lainnya")).toEqual(["defectors", "experts"]);
  });

  it("reads the head before a relative clause", () => {
    expect(ids("Pasukan khusus Ukraina yang bertempur di Kursk")).toEqual(["ukraine-special-forces"]);
    expect(ids("tentara Korea Utara yang tertangkap")).toEqual(["tentara-korea-utara?"]);
  });

  it("takes the one name of a relative clause when the head has none", () => {
    expect(ids("Badan intelijen yang dikenal dengan akronim GUR ini")).toEqual(["gur"]);
  });

  it("reads a person after titles, and a name in apposition", () => {
    expect(ids("Menteri Pertahanan Rusia, Andrei Belousov")).toEqual(["belousov"]);
    expect(ids("kantor berita resmi Korea Utara, KCNA")).toEqual(["kcna"]);
  });

  it("strips report nouns ('Laporan terbaru dari ABC News')", () => {
    expect(ids("Laporan terbaru dari ABC News")).toEqual(["abc-news"]);
  });

  it("reads pronouns and pointers back as pronouns", () => {
    expect(resolvePhrase("dia")).toEqual({ type: "pronoun", text: "dia", group: false });
    expect(resolvePhrase("mereka")).toEqual({ type: "pronoun", text: "mereka", group: true });
    expect(resolvePhrase("Laporan itu").type).toBe("pronoun");
  });

  it("names nobody for a bare report noun, a demonstrative or a clause", () => {
    expect(ids("laporan")).toBe("none");
    expect(ids("Hal ini")).toBe("none");
    expect(ids("militer Rusia telah membuat kemajuan stabil di Ukraina")).toBe("none");
  });
});

describe("resolvePhrase with roles of places", () => {
  it("resolves a description that names a known body, whatever the place's name ('badan intelijen Seoul')", () => {
    expect(ids("badan intelijen Seoul")).toEqual(["nis"]);
    expect(ids("dinas mata-mata Korsel")).toEqual(["nis"]);
    expect(ids("intelijen dari Amerika Serikat")).toEqual(["us-intelligence"]);
  });

  it("carries the role of the first name over a list: the body of each place, or the role and place as named", () => {
    expect(ids("agen intelijen Jepang, Korea Selatan, dan AS")).toEqual(["agen-intelijen-jepang?", "nis", "us-intelligence"]);
    expect(ids("pejabat Ukraina dan Barat")).toEqual(["ukraine-officials", "western-officials"]);
  });

  it("does not carry a role to a name that is no place, nor read one name and its acronym as a list", () => {
    expect(ids("Badan intelijen Korea Selatan dan Pentagon")).toEqual(["nis", "pentagon"]);
    expect(ids("Badan Intelijen Nasional (NIS) Korea Selatan")).toEqual(["nis"]);
  });

  it("keeps the head of 'yang dikutip dalam …' as named, and the medium apart", () => {
    const r = resolvePhrase("pejabat pertahanan yang dikutip dalam media lokal");
    expect(r.type === "claimants" && [r.claimants[0]?.id, r.via?.id]).toEqual(["pejabat-pertahanan", "local-media"]);
  });

  it("reads a description with a demonstrative as a pointer back, with the kind it asks for", () => {
    expect(resolvePhrase("badan mata-mata tersebut")).toEqual({ type: "pronoun", text: "badan mata-mata", group: true, kind: "agency" });
    expect(resolvePhrase("Media itu")).toMatchObject({ type: "pronoun", kind: "outlet" });
  });
});

describe("resolvePhrase with a spokesperson's title", () => {
  it("gives the organisation a spokesperson with an unknown name speaks for", () => {
    const r = resolvePhrase("juru bicara JCS Lee Sung-jun");
    expect(r.type === "claimants" && r.claimants[0]?.id).toBe("jcs");
  });

  it("still gives a known person named after the title", () => {
    const r = resolvePhrase("juru bicara Kremlin Dmitry Peskov");
    expect(r.type === "claimants" && r.claimants[0]?.id).toBe("peskov");
  });
});
