import { describe, expect, it } from "vitest";
import { scanAliases } from "../../../src/extract/claims/scan-aliases.ts";

const ids = (text: string) => scanAliases(text).map((h) => h.actor.id);

describe("scanAliases", () => {
  it("finds names in order with their offsets", () => {
    const text = "Kata NIS, Pentagon setuju.";
    expect(scanAliases(text).map((h) => [h.actor.id, h.start, h.end, h.text])).toEqual([
      ["nis", 5, 8, "NIS"],
      ["pentagon", 10, 18, "Pentagon"],
    ]);
  });

  it("takes the longest name at a place ('Badan Intelijen Nasional Seoul' is NIS, not Seoul)", () => {
    expect(ids("Badan Intelijen Nasional Seoul memperkirakan")).toEqual(["nis"]);
  });

  it("reads a name with a comma inside it as one ('kantor berita Korea Utara, KCNA')", () => {
    expect(ids("laporan dari kantor berita Korea Utara, KCNA, yang")).toEqual(["kcna"]);
  });

  it("matches whole words only", () => {
    expect(ids("Asia dan Rusianya")).toEqual([]);
    expect(ids("agen mata-mata Korea Selatan")).toEqual(["nis"]);
  });

  it("matches case-sensitive aliases only in their case", () => {
    expect(ids("AS dan sekutunya")).toEqual(["united-states"]);
    expect(ids("as roda")).toEqual([]);
    expect(ids("wilayah Kursk barat")).toEqual([]);
    expect(ids("Ukraina dan Barat")).toEqual(["ukraine", "west"]);
  });

  it("keeps the case of a case-sensitive place name inside a composed role, and no other", () => {
    expect(ids("Intelijen AS menyebut")).toEqual(["us-intelligence"]);
    expect(ids("intelijen as sebuah negara")).toEqual([]);
    expect(ids("intelijen barat daya")).toEqual([]);
  });

  it("ignores case otherwise", () => {
    expect(ids("BADAN INTELIJEN KOREA SELATAN")).toEqual(["nis"]);
  });
});
