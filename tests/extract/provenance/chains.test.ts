import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../src/extract/parse-article.ts";
import type { Entry } from "../../../src/schema/entry.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const SEEDS = path.join(here, "../../../seeds");

function parse(file: string): Entry {
  const entry = parseArticle({ name: path.basename(file), bytes: readFileSync(file) }).entry;
  if (!entry) throw new Error(`${file} did not parse`);
  return entry;
}
const seed = (prefix: string) => parse(path.join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(prefix))!));
const fixture = (name: string) => parse(path.join(here, "fixtures", name));

/** The chain of the claim whose sentence holds `words`, as "A → B → C". */
function chainOf(entry: Entry, words: string): string {
  const claim = entry.claims.find((c) => c.text.includes(words));
  if (!claim) throw new Error(`no claim holds "${words}"`);
  return claim.chain.map((l) => l.name).join(" → ");
}

describe("the chains of the seeds", () => {
  it("000 (Liputan6.com): NIS → CNA → Liputan6.com, and CNA, the article's dated credit, behind every other claim", () => {
    const entry = seed("000");
    expect(chainOf(entry, "sebut Badan Intelijen Nasional Korea Selatan, seperti dikutip dari CNA")).toBe("NIS → CNA → Liputan6.com");
    expect(chainOf(entry, "menyatakan pada Selasa (4/2/2025)")).toBe("NIS → CNA → Liputan6.com");
    expect(chainOf(entry, "Staf Gabungan Korea Selatan mengatakan")).toBe("JCS Korsel → CNA → Liputan6.com");
    expect(entry.claims.find((c) => c.text.includes("Keberhasilan Ukraina"))?.chain.map((l) => l.role)).toEqual(["relay", "outlet"]);
  });

  it("001 (Metrotvnews.com): NIS → Yonhap → Metrotvnews.com for the quoted statement only", () => {
    const entry = seed("001");
    expect(chainOf(entry, "dikutip oleh kantor berita Yonhap")).toBe("NIS → Yonhap → Metrotvnews.com");
    expect(entry.claims.find((c) => c.text.includes("dikutip oleh kantor berita Yonhap"))?.chain.map((l) => `${l.id}:${l.role}`)).toEqual([
      "nis:claimant",
      "yonhap:relay",
      "metrotvnews-com:outlet",
    ]);
    expect(chainOf(entry, "Pada Januari, NIS memperkirakan")).toBe("NIS → Metrotvnews.com");
    expect(chainOf(entry, "Laporan terbaru dari ABC News")).toBe("ABC News → Metrotvnews.com");
    expect(entry.figures.find((f) => f.text === "sekitar 11.000")?.chain.map((l) => l.name)).toEqual(["NIS", "Metrotvnews.com"]);
  });

  it("002 (a BBC piece, outlet unknown): what officials told BBC came through BBC; nothing else did", () => {
    const entry = seed("002");
    expect(chainOf(entry, "pejabat Barat memberitahu BBC")).toBe("Pejabat Barat → BBC");
    expect(chainOf(entry, "Pasukan khusus Ukraina yang bertempur di Kursk mengatakan kepada BBC")).toBe("Pasukan khusus Ukraina → BBC");
    expect(chainOf(entry, "Presiden Ukraina Volodymyr Zelensky kemudian memastikan")).toBe("Zelensky");
    expect(entry.figures.find((f) => f.text === "11.000")?.chain.map((l) => l.role)).toEqual(["claimant", "relay"]);
  });

  it("003 (Liputan6.com): GUR → The Guardian → Liputan6.com, The Guardian being the article's dated credit", () => {
    const entry = seed("003");
    expect(chainOf(entry, "seperti dikutip dari The Guardian")).toBe("GUR → The Guardian → Liputan6.com");
    expect(chainOf(entry, "Juru bicara keamanan nasional AS John Kirby")).toBe("Kirby → The Guardian → Liputan6.com");
  });

  it("004 (outlet unknown, no credits): each chain is its claimant alone", () => {
    const entry = seed("004");
    expect(chainOf(entry, "Seorang anggota parlemen Korea Selatan")).toBe("Anggota parlemen Korsel");
    expect(entry.claims.every((c) => c.chain.every((l) => l.role === "claimant"))).toBe(true);
  });
});

describe("chains in articles of other shapes", () => {
  it("keeps two relays in order: NIS → Yonhap → Reuters → outlet", () => {
    expect(chainOf(fixture("two-relays.txt"), "dikutip oleh kantor berita Yonhap")).toBe("NIS → Yonhap → Reuters → Warta Kita");
  });

  it("starts the chain with the medium a medium quoted", () => {
    expect(chainOf(fixture("two-relays.txt"), "Kyiv Independent, mengutip Ukrainska Pravda")).toBe("Ukrainska Pravda → Kyiv Independent → Warta Kita");
  });

  it("does not lend a relay to another paragraph's claim", () => {
    expect(chainOf(fixture("two-relays.txt"), "Menurut Zelensky")).toBe("Zelensky → Warta Kita");
  });

  it("applies a relay named two sentences earlier in the paragraph, and not beyond it", () => {
    const entry = fixture("framed-paragraph.txt");
    expect(chainOf(entry, "Badan Intelijen Nasional Korea Selatan mengatakan")).toBe("NIS → KBS → Warta Kita");
    expect(chainOf(entry, "Presiden Ukraina Volodymyr Zelensky mengatakan")).toBe("Zelensky → Warta Kita");
    expect(chainOf(entry, "kata juru bicara Pentagon")).toBe("Ryder → Warta Kita");
  });

  it("gives every figure the chain of its sentence, from the figure's claimant", () => {
    const entry = fixture("framed-paragraph.txt");
    expect(entry.figures.find((f) => f.text === "1.500")?.chain.map((l) => l.name)).toEqual(["NIS", "KBS", "Warta Kita"]);
  });
});
