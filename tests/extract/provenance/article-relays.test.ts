import { describe, expect, it } from "vitest";
import { normaliseClaimant } from "../../../src/extract/claims/index.ts";
import { outletClaimant } from "../../../src/extract/claims/make-claimant.ts";
import { scanDates } from "../../../src/extract/dates/index.ts";
import { articleRelays, type ArticleCredit, type ArticleSentence } from "../../../src/extract/provenance/article-relays.ts";
import { findCredits } from "../../../src/extract/source/find-credits.ts";

/** One sentence: its text and who speaks it ("self": the outlet), carried over from before or not. */
type Said = [text: string, claimant: string, carried?: boolean];

/** Sentences laid out one after another, a paragraph per list, with their real credits and dates. */
function article(paragraphs: Said[][], dateline: string | null = null) {
  const sentences: ArticleSentence[] = [];
  const credits: ArticleCredit[] = [];
  let offset = 0;
  paragraphs.forEach((list, paragraph) => {
    for (const [text, name, carried = false] of list) {
      const claimant = name === "self" ? outletClaimant("Warta Kita") : normaliseClaimant(name);
      sentences.push({ text, paragraph, offset, attribution: { claimant, via: null, carried }, dates: scanDates(text) });
      for (const c of findCredits(text)) credits.push({ name: c.name, text: c.text, offset: offset + c.index });
      offset += text.length + 1;
    }
  });
  const found = articleRelays(sentences, credits, { dateline });
  return { relays: found.sentences.map((r) => r.relays.map((m) => m.id)), article: found.article.map((m) => m.id), origins: found.sentences.map((r) => r.origin) };
}

describe("articleRelays", () => {
  it("applies a relay named two sentences earlier in the paragraph to a later claim of another claimant", () => {
    const { relays } = article([
      [
        ["Dilansir dari KBS World, serangan rudal menewaskan 200 tentara Korea Utara.", "self"],
        ["Serangan itu terjadi pada malam hari.", "self"],
        ["Badan Intelijen Nasional Korea Selatan mengatakan 1.500 tentara masih bertahan.", "NIS"],
      ],
    ]);
    expect(relays).toEqual([["kbs"], ["kbs"], ["kbs"]]);
  });

  it("ends a frame with its paragraph, except for the first paragraph, whose frame is the article's own", () => {
    const later = article([
      [["Ryder mengatakan pasukan itu masih dikirim.", "Ryder"]],
      [["Dilansir dari KBS World, serangan rudal menewaskan 200 tentara.", "self"], ["NIS mengatakan 1.500 tentara masih bertahan.", "NIS"]],
      [["Zelensky mengatakan 300 tentara tertangkap.", "Zelensky"]],
    ]);
    expect(later.relays).toEqual([[], ["kbs"], ["kbs"], []]);
    expect(later.article).toEqual([]);
    const lead = article([[["Dilansir dari KBS World, serangan rudal menewaskan 200 tentara.", "self"]], [["Zelensky mengatakan 300 tentara tertangkap.", "Zelensky"]]]);
    expect(lead.relays).toEqual([["kbs"], ["kbs"]]);
    expect(lead.article).toEqual(["kbs"]);
  });

  it("keeps a frame outside the relays a later sentence of its paragraph names itself", () => {
    const { relays } = article([
      [["Ryder mengatakan pasukan itu masih dikirim.", "Ryder"]],
      [["Dilansir dari KBS World, serangan rudal menewaskan 200 tentara.", "self"], ['"Kami mundur," kata GUR seperti dilaporkan Reuters.', "GUR"]],
    ]);
    expect(relays[2]).toEqual(["reuters", "kbs"]);
  });

  it("carries a trailing relay to the same claimant's next claims in the paragraph, through the outlet's own sentences", () => {
    const { relays } = article([
      [
        ['"Tiga tentara hilang," kata GUR, seperti dikutip dari The Guardian.', "GUR"],
        ["Desa itu berada di Kursk.", "self"],
        ['"Mereka tidak kembali," tambah GUR.', "GUR"],
        ["Zelensky mengatakan 300 tentara tertangkap.", "Zelensky"],
        ['"Kami menunggu," kata GUR.', "GUR"],
      ],
    ]);
    expect(relays).toEqual([["the-guardian"], [], ["the-guardian"], [], []]);
  });

  it("carries relays into the next paragraph only for a claim that continues the same report", () => {
    const said: Said[][] = [[['"Pasukan tambahan tiba," kata NIS dalam pernyataan yang dikutip oleh kantor berita Yonhap.', "NIS"]]];
    expect(article([...said, [["Dia menambahkan 300 tentara tewas.", "NIS", true]]]).relays[1]).toEqual(["yonhap"]);
    expect(article([...said, [["NIS memperkirakan 300 tentara tewas.", "NIS"]]]).relays[1]).toEqual([]);
    expect(article([...said, [["Dia menambahkan 300 tentara tewas.", "Zelensky", true]]]).relays[1]).toEqual([]);
  });

  it("gives claims with no nearer relay the article's dated credit, above and below it", () => {
    const { relays, article: own } = article(
      [
        [["Warta Kita, Seoul - Badan intelijen Korea Selatan menyatakan tentara Korea Utara tidak lagi bertempur.", "NIS"]],
        [['"Rinciannya masih dipantau," sebut NIS, seperti dikutip dari CNA, Rabu (5/2).', "NIS"]],
        [["Zelensky mengatakan pasukan itu ditarik.", "Zelensky"], ["Pejabat Barat mengatakan kepada BBC bahwa 1.000 tentara tewas.", "pejabat Barat"]],
      ],
      "Warta Kita, Seoul -",
    );
    expect(relays).toEqual([["cna"], ["cna"], ["cna"], ["bbc"]]);
    expect(own).toEqual(["cna"]);
  });

  it("takes the latest of several article credits named before a claim", () => {
    const { relays } = article([
      [["Zelensky mengatakan 300 tentara tertangkap, seperti dikutip dari CNA, Rabu (5/2).", "Zelensky"]],
      [["NIS mengatakan 1.500 tentara bertahan, dilansir Reuters, Kamis (6/2).", "NIS"]],
      [["GUR mengatakan 30 tentara tewas.", "GUR"]],
    ]);
    expect(relays).toEqual([["cna"], ["reuters"], ["reuters"]]);
  });

  it("names the origin a claimant medium quoted, with the claimant that quoted it", () => {
    const { origins } = article([[["Kyiv Independent, mengutip Ukrainska Pravda, melaporkan bahwa 50 tentara tewas.", "Kyiv Independent"]]]);
    expect(origins[0]).toEqual({ medium: { name: "Ukrainska Pravda", id: "ukrainska-pravda" }, quotedBy: "kyiv-independent" });
  });

  it("finds no relays in an article that names no medium", () => {
    expect(article([[["Zelensky mengatakan 300 tentara tertangkap.", "Zelensky"]]])).toEqual({ relays: [[]], article: [], origins: [null] });
  });
});
