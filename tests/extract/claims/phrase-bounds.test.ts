import { describe, expect, it } from "vitest";
import { objectAfter, subjectBefore } from "../../../src/extract/claims/phrase-bounds.ts";
import { scanAliases } from "../../../src/extract/claims/scan-aliases.ts";

function subjects(text: string, verb: string): string[] {
  return subjectBefore(text, text.indexOf(verb), scanAliases(text)).map(([s, e]) => text.slice(s, e));
}

function object(text: string, after: string): string {
  const [s, e] = objectAfter(text, text.indexOf(after) + after.length, scanAliases(text));
  return text.slice(s, e);
}

describe("subjectBefore", () => {
  it("cuts at a comma and skips gap words", () => {
    expect(subjects("Pada Jumat (31/1), militer Ukraina juga mengungkap hal serupa", "mengungkap")).toEqual(["militer Ukraina"]);
  });

  it("cuts at a subordinating word", () => {
    expect(subjects("Sanksi datang setelah pemerintah Ukraina menyatakan hal itu", "menyatakan")).toEqual(["pemerintah Ukraina"]);
  });

  it("cuts at a dateline dash", () => {
    expect(subjects("Liputan6.com, Seoul - Badan intelijen Korea Selatan menyatakan", "menyatakan")).toEqual(["Badan intelijen Korea Selatan"]);
  });

  it("does not cut through a name with commas", () => {
    expect(subjects("Badan intelijen dari Barat, Korea Selatan, dan Ukraina menyebutkan", "menyebutkan")).toEqual([
      "Badan intelijen dari Barat, Korea Selatan, dan Ukraina",
    ]);
  });

  it("offers the phrase after a report noun first", () => {
    expect(subjects("Pengakuan ini mengikuti laporan dari kantor berita KCNA, yang menyatakan", "menyatakan")).toEqual([
      "kantor berita KCNA",
      "Pengakuan ini mengikuti laporan dari kantor berita KCNA",
    ]);
  });

  it("finds no subject for a verb whose subject was left out ('…, bahkan mengklaim')", () => {
    expect(subjects("Belousov menuturkan bahwa militer maju, bahkan mengklaim kemajuan", "mengklaim")).toEqual([]);
  });
});

describe("objectAfter", () => {
  it("stops at the first boundary word", () => {
    expect(object('"Siap," kata NIS dalam pernyataan yang dikutip Yonhap.', "kata")).toBe("NIS");
    expect(object('"Siap," ujar Saleh kepada ROL, Sabtu (4/1).', "ujar")).toBe("Saleh");
  });

  it("stops at a comma outside a name", () => {
    expect(object('"Siap," kata Institute for the Study of War, sebuah lembaga kajian.', "kata")).toBe("Institute for the Study of War");
  });

  it("keeps a report noun and its link in the phrase", () => {
    expect(object("Menurut laporan dari intelijen AS dan Korea Selatan, Korea Utara", "Menurut")).toBe(
      "laporan dari intelijen AS dan Korea Selatan",
    );
  });

  it("leaves no name after a bare report noun", () => {
    expect(object("Menurut laporan, ratusan tentara tewas.", "Menurut")).toBe("laporan");
  });

  it("goes on through a known name in parentheses, but stops at other parentheses", () => {
    expect(object("menurut Direktorat Intelijen Militer (GUR) Ukraina, Rabu (5/3).", "menurut")).toBe(
      "Direktorat Intelijen Militer (GUR) Ukraina",
    );
    expect(object("menurut Biro Statistik (BPSX), Rabu.", "menurut")).toBe("Biro Statistik");
  });
});
