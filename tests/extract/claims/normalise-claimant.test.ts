import { describe, expect, it } from "vitest";
import { normaliseClaimant } from "../../../src/extract/claims/normalise-claimant.ts";

describe("normaliseClaimant: aliases of the lexicon", () => {
  it.each([
    ["Badan Intelijen Nasional Korea Selatan (NIS)", "nis"],
    ["Badan intelijen Korea Selatan", "nis"],
    ["Badan Intelijen Nasional Korea Selatan", "nis"],
    ["agen intelijen Korea Selatan", "nis"],
    ["agen mata-mata Korea Selatan", "nis"],
    ["Badan Intelijen Nasional Seoul", "nis"],
    ["intelijen Korea Selatan", "nis"],
    ["NIS", "nis"],
    ["nis", "nis"],
    ["Badan intelijen militer Ukraina", "gur"],
    ["intelijen militer Ukraina", "gur"],
    ["GUR", "gur"],
    ["HUR", "gur"],
    ["Pentagon", "pentagon"],
    ["Kirby", "kirby"],
    ["Juru bicara keamanan nasional AS John Kirby", "kirby"],
    ["Ryder", "ryder"],
    ["juru bicara Pentagon Mayor Jenderal Pat Ryder", "ryder"],
    ["Zelenskyy", "zelensky"],
    ["Zelensky", "zelensky"],
    ["Presiden Ukraina Volodymyr Zelensky", "zelensky"],
    ["Presiden Volodymyr Zelenskyy", "zelensky"],
    ["Putin", "putin"],
    ["Presiden Rusia Vladimir Putin", "putin"],
    ["juru bicara Kremlin Dmitry Peskov", "peskov"],
    ["Kremlin", "kremlin"],
    ["Menteri Pertahanan Rusia Andrei Belousov", "belousov"],
    ["Kim Jong Un", "kim-jong-un"],
    ["Kim Jong-un", "kim-jong-un"],
    ["kantor berita Korea Utara, KCNA", "kcna"],
    ["KCNA", "kcna"],
    ["Institute for the Study of War", "isw"],
    ["BBC", "bbc"],
    ["ABC News", "abc-news"],
    ["CNA", "cna"],
    ["kantor berita Yonhap", "yonhap"],
    ["The Guardian", "the-guardian"],
    ["Staf Gabungan Korea Selatan", "jcs"],
    ["JCS", "jcs"],
    ["militer Ukraina", "ukraine-military"],
    ["Pasukan khusus Ukraina", "ukraine-special-forces"],
    ["pejabat Ukraina", "ukraine-officials"],
    ["pemerintah Ukraina", "ukraine-government"],
    ["pejabat Barat", "western-officials"],
    ["anggota parlemen Korea Selatan", "sk-lawmaker"],
    ["Seorang anggota parlemen Korea Selatan", "sk-lawmaker"],
    ["pejabat militer Korea Selatan", "sk-military-officials"],
    ["badan intelijen Seoul", "nis"],
    ["Dinas Intelijen Nasional Korea Selatan (NIS)", "nis"],
    ["otoritas Barat", "western-officials"],
    ["pemerintah Rusia", "russia"],
    ["analis", "analysts"],
    ["para analis pertahanan", "analysts"],
    ["para pengamat", "analysts"],
    ["analis militer", "analysts"],
    ["para pembelot", "defectors"],
    ["ahli militer", "experts"],
    ["Rusia", "russia"],
    ["Korea Utara", "north-korea"],
    ["Ukraina", "ukraine"],
    ["Amerika Serikat", "united-states"],
    ["AS", "united-states"],
    ["Korea Selatan", "south-korea"],
    ["Korsel", "south-korea"],
    ["Seoul", "south-korea"],
    ["media lokal", "local-media"],
  ])("maps %j to %s", (text, id) => {
    const c = normaliseClaimant(text);
    expect(c.id).toBe(id);
    expect(c.known).toBe(true);
  });

  it("gives the display name, kind and the words as written", () => {
    expect(normaliseClaimant("Badan Intelijen Nasional Seoul")).toEqual({
      id: "nis",
      name: "NIS",
      text: "Badan Intelijen Nasional Seoul",
      kind: "agency",
      known: true,
    });
  });

  it("lets the most specific alias win over a place name inside it", () => {
    expect(normaliseClaimant("intelijen AS dan Korea Selatan").id).toBe("us-intelligence");
    expect(normaliseClaimant("Badan Intelijen Nasional Seoul").id).toBe("nis");
  });

  it("keeps a military official quoted in a medium as named: the medium does not say whose official", () => {
    expect(normaliseClaimant("pejabat militer yang dikutip dalam media Korea Selatan")).toMatchObject({ id: "pejabat-militer", known: false });
  });

  it("keeps case-sensitive aliases apart from common words ('AS' but not 'as', 'Barat' but not 'barat')", () => {
    expect(normaliseClaimant("as").known).toBe(false);
    expect(normaliseClaimant("Barat").id).toBe("west");
    expect(normaliseClaimant("barat").known).toBe(false);
  });

  it("reads an apposition after a comma ('kantor berita resmi Korea Utara, KCNA')", () => {
    expect(normaliseClaimant("kantor berita resmi Korea Utara, KCNA").id).toBe("kcna");
  });

  it("returns the first of coordinated claimants ('Baik Korea Utara maupun Rusia')", () => {
    expect(normaliseClaimant("Baik Korea Utara maupun Rusia").id).toBe("north-korea");
  });
});

describe("normaliseClaimant: unknown claimants", () => {
  it("trims determiners for the name and slugs it for the id", () => {
    expect(normaliseClaimant("Seorang saksi mata")).toEqual({
      id: "saksi-mata",
      name: "saksi mata",
      text: "Seorang saksi mata",
      kind: "group",
      known: false,
    });
    expect(normaliseClaimant("para relawan itu")).toMatchObject({ id: "relawan", name: "relawan", known: false });
  });

  it("guesses an agency, an outlet, a person", () => {
    expect(normaliseClaimant("Kementerian Luar Negeri Korea Selatan").kind).toBe("agency");
    expect(normaliseClaimant("media Jepang").kind).toBe("outlet");
    expect(normaliseClaimant("Nicolas Ary Lilipaly")).toMatchObject({ id: "nicolas-ary-lilipaly", kind: "person" });
  });

  it("folds accents in the slug", () => {
    expect(normaliseClaimant("José Ramos").id).toBe("jose-ramos");
  });

  it("names nothing 'Tidak diketahui' with id 'unknown'", () => {
    expect(normaliseClaimant("   ")).toMatchObject({ id: "unknown", name: "Tidak diketahui", known: false });
  });
});
