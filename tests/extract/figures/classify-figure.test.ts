import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyFigure } from "../../../src/extract/figures/classify-figure.ts";
import { findQuantities, type Quantity } from "../../../src/extract/figures/find-quantities.ts";
import { CATEGORIES } from "../../../src/schema/entry.ts";

/** The category of every quantity of a sentence, keyed by its text. */
function categories(sentence: string, title = false): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const q of findQuantities(sentence)) out[q.text] = classifyFigure(sentence, q, { title })?.category ?? null;
  return out;
}

/** The classification of the quantity whose text is `text`. */
function of(sentence: string, text: string) {
  const q = findQuantities(sentence).find((x) => x.text === text);
  expect(q, `no quantity "${text}" in "${sentence}"`).toBeDefined();
  return classifyFigure(sentence, q as Quantity);
}

describe("classifyFigure", () => {
  describe("categories", () => {
    it("reads 'mengirim' before the number as deployed", () => {
      expect(categories("Korea Utara mengirim 3.000 tentara ke Rusia.")).toEqual({ "3.000": "deployed" });
    });
    it("reads 'mengerahkan ... tentaranya' as deployed", () => {
      expect(categories("Korea Utara mengerahkan lebih dari 10.000 tentaranya ke Kursk.")).toEqual({ "lebih dari 10.000": "deployed" });
    });
    it("reads 'telah tiba di Rusia' after the noun as deployed", () => {
      expect(categories("Sekitar 12.000 tentara Korea Utara telah tiba di Rusia.")).toEqual({ "Sekitar 12.000": "deployed" });
    });
    it("reads 'disebut mengerahkan 18.000 tentara dalam dua tahap' as deployed, and 'dua tahap' as no people", () => {
      expect(categories("Korea Utara disebut mengerahkan 18.000 tentara dalam dua tahap.")).toEqual({ "18.000": "deployed", dua: null });
    });
    it("reads 'tambahan' next to a deployment as additional_deployed", () => {
      expect(categories("Korea Utara mengirim tambahan antara 1.000 hingga 3.000 tentara ke Kursk.")).toEqual({
        "antara 1.000 hingga 3.000": "additional_deployed",
      });
      expect(categories("Pyongyang mengirim 1.500 tentara tambahan ke Kursk.")).toEqual({ "1.500": "additional_deployed" });
    });
    it("carries 'jumlah tentara tambahan' to a later 'jumlahnya setidaknya 1.000'", () => {
      const s =
        "Menurut dinas intelijen, jumlah tentara tambahan yang dikirim tidak diketahui, tetapi pejabat militer percaya jumlahnya setidaknya 1.000.";
      expect(categories(s)).toEqual({ "setidaknya 1.000": "additional_deployed" });
    });
    it("reads 'gugur', 'meninggal dunia' and 'menewaskan' as killed", () => {
      expect(categories("Sekitar 600 tentara Korea Utara dilaporkan gugur.")).toEqual({ "Sekitar 600": "killed" });
      expect(categories("Sebanyak 40 tentara Korea Utara meninggal dunia.")).toEqual({ "40": "killed" });
      expect(categories("Pasukan Ukraina menewaskan 50 tentara Korea Utara.")).toEqual({ "50": "killed" });
    });
    it("reads 'terluka' and 'luka-luka' as wounded", () => {
      expect(categories("Sebanyak 70 tentara Korea Utara terluka.")).toEqual({ "70": "wounded" });
      expect(categories("Dua ratus tentara Korea Utara mengalami luka-luka.")).toEqual({ "Dua ratus": "wounded" });
    });
    it("splits '300 ... tewas dan 2.700 lainnya terluka' into killed and wounded (the second shares the noun)", () => {
      const s = "NIS memperkirakan bahwa sekitar 300 tentara Korea Utara telah tewas dan 2.700 lainnya terluka di medan perang.";
      expect(categories(s)).toEqual({ "sekitar 300": "killed", "2.700": "wounded" });
      expect(of(s, "2.700")?.reason).toContain("tentara");
    });
    it("reads 'tewas atau terluka' as casualties, never as killed", () => {
      expect(categories("Intelijen melaporkan sekitar 30 tentara Korea Utara tewas atau terluka.")).toEqual({ "sekitar 30": "casualties" });
      expect(categories("Sebanyak 90 tentara Korea Utara terluka dan tewas.")).toEqual({ "90": "casualties" });
    });
    it("reads 'korban' without a split as casualties", () => {
      expect(categories("Zelenskyy memperkirakan jumlah korban di pihak Korea Utara mencapai 4.000 orang.")).toEqual({ "mencapai 4.000": "casualties" });
    });
    it("keeps 'total korban ... 4.700 orang' as casualties and 'termasuk 600 yang kehilangan nyawa' as killed", () => {
      const s = "Total korban dari pihak Korea Utara diperkirakan mencapai 4.700 orang, termasuk 600 yang kehilangan nyawa.";
      expect(categories(s)).toEqual({ "mencapai 4.700": "casualties", "600": "killed" });
    });
    it("reads a partitive 'setidaknya 1.000 dari 11.000 tentara yang dikirim ... telah tewas' as killed and deployed", () => {
      const s = "Mereka percaya setidaknya 1.000 dari 11.000 tentara yang dikirim dari Korea Utara telah tewas dalam tiga bulan terakhir.";
      expect(categories(s)).toEqual({ "setidaknya 1.000": "killed", "11.000": "deployed", tiga: null });
    });
    it("reads 'hilang' as missing", () => {
      expect(categories("Setidaknya tiga tentara Korea Utara dilaporkan hilang di sekitar desa lain.")).toEqual({ "Setidaknya tiga": "missing" });
    });
    it("reads 'ditangkap', 'ditawan' and 'tahanan' as captured", () => {
      expect(categories("Dua tentara Korea Utara ditangkap pasukan Ukraina.")).toEqual({ Dua: "captured" });
      expect(categories("Sebanyak 12 tentara Korea Utara ditawan.")).toEqual({ "12": "captured" });
      expect(categories("Ukraina menahan lima tahanan Korea Utara.")).toEqual({ lima: "captured" });
    });
    it("prefers the verb before an object over a relative clause after it: 'menangkap dua tentara ... yang terluka'", () => {
      expect(categories("Ukraina menangkap dua tentara Korea Utara yang terluka.")).toEqual({ dua: "captured" });
    });
    it("reads 'dipulangkan' as repatriated", () => {
      expect(categories("Diperkirakan sekitar 2.000 tentara telah dipulangkan ke Korea Utara pada tahun ini.")).toEqual({ "sekitar 2.000": "repatriated" });
    });
    it("reads a vague headline 'Ratusan Tentara Korea Utara Tewas' as killed", () => {
      expect(categories("Ratusan Tentara Korea Utara Tewas di Ukraina Saat Membantu Rusia", true)).toEqual({ Ratusan: "killed" });
    });
    it("reads 'dengan ribuan lainnya mengalami luka-luka' as wounded, sharing the earlier noun", () => {
      const s = "Sekitar 600 tentara Korea Utara dilaporkan gugur di medan perang, dengan ribuan lainnya mengalami luka-luka.";
      expect(categories(s)).toEqual({ "Sekitar 600": "killed", ribuan: "wounded" });
    });
    it("lets a count joined by 'dan' share the verb of the count before it", () => {
      expect(categories("Pyongyang juga mengirim 6.000 insinyur militer dan 1.000 penjinak ranjau ke Kursk.")).toEqual({
        "6.000": "deployed",
        "1.000": "deployed",
      });
    });
    it("counts 'orang' as troops after an earlier count of troops in the sentence", () => {
      expect(categories("Menurut NIS, dari sekitar 11.000 tentara, 1.000 orang tewas.")["1.000"]).toBe("killed");
    });
    it("puts the size of a whole army ('memiliki 1,2 juta tentara aktif') in other", () => {
      expect(categories("Korea Utara memiliki sekitar 1,2 juta tentara aktif.")).toEqual({ "sekitar 1,2 juta": "other" });
    });
    it("calls a bare count of North Korean troops the size of the force (deployed)", () => {
      const r = of("Pasukan Korea Utara berjumlah 11.000 tentara.", "11.000");
      expect(r?.category).toBe("deployed");
      expect(r?.reason).toContain("no category word");
    });
  });

  describe("deployments to come and said again", () => {
    it("reads a deployment still to come as additional ('akan mengirim', 'berencana mengirim')", () => {
      expect(categories("Pyongyang akan mengirim 2.500 penjinak ranjau dan 4.000 pekerja konstruksi militer ke Belgorod.")).toEqual({
        "2.500": "additional_deployed",
        "4.000": "additional_deployed",
      });
      expect(categories("Korea Utara berencana mengirimkan 3.500 tentara ke Rusia.")).toEqual({ "3.500": "additional_deployed" });
    });
    it("reads a headline's deployment said again ('Bantu Rusia Lagi, Kirim 7 Ribu Tentara') as additional", () => {
      expect(categories("Seoul: Korut Bantu Rusia Lagi, Kirim 7 Ribu Tentara", true)).toEqual({ "7 Ribu": "additional_deployed" });
      expect(categories("Korut Kirim 4.500 Tentara Lagi ke Rusia", true)).toEqual({ "4.500": "additional_deployed" });
    });
    it("reads a force asked for again with no verb of sending ('meminta 15.000 tentara lagi') as additional", () => {
      expect(categories("Moskow mungkin meminta 15.000 tentara lagi dari Pyongyang.")).toEqual({ "15.000": "additional_deployed" });
    });
    it("keeps 'tidak lagi' (no longer) and a past deployment as deployed", () => {
      expect(categories("Sebanyak 9.000 tentara Korea Utara tidak lagi dikerahkan di garis depan.")).toEqual({ "9.000": "deployed" });
      expect(categories("Korea Utara telah mengirim 9.000 tentara ke Rusia.")).toEqual({ "9.000": "deployed" });
    });
    it("reads additional troops on their way ('tambahan sedang dalam perjalanan') as additional", () => {
      expect(categories("Sebanyak 8.000 tentara Korea Utara tambahan sedang dalam perjalanan menuju Belgorod.")).toEqual({ "8.000": "additional_deployed" });
    });
  });

  describe("the predicate, not a relative clause, decides", () => {
    it("reads 'N tentara … yang dikerahkan … diperkirakan telah tewas' as killed", () => {
      const s = "Sekitar 1.400 tentara Korea Utara yang dikerahkan untuk membantu Rusia di wilayah Belgorod diperkirakan telah tewas.";
      expect(categories(s)).toEqual({ "Sekitar 1.400": "killed" });
    });
    it("keeps the relative clause when no predicate follows in the clause", () => {
      expect(categories("Pasukan Ukraina menewaskan atau melukai sedikitnya 45 tentara Korea Utara yang dikerahkan ke Belgorod.")).toEqual({ "sedikitnya 45": "casualties" });
    });
  });

  describe("values reached and values of an amount", () => {
    it("reads 'meningkat hingga N' as the value reached, not an upper bound", () => {
      const [q] = findQuantities("Angka korban kini meningkat hingga 2.600 orang.");
      expect([q?.min, q?.max, q?.boundKind]).toEqual([2600, 2600, "reached"]);
      const [up] = findQuantities("Korea Utara mengirimkan hingga 2.600 tentara.");
      expect([up?.min, up?.max, up?.boundKind]).toEqual([null, 2600, "upper"]);
    });
    it("gives a bare number the noun of the amount it is the value of ('jumlah pasukan … meningkat menjadi N')", () => {
      expect(categories("Menteri itu mengatakan jumlah pasukan Korea Utara yang dikirim ke Rusia meningkat menjadi 14.000.")).toEqual({ "14.000": "deployed" });
    });
    it("reads 'telah melampaui N' as N or more", () => {
      const [q] = findQuantities("korban pasukan Korea Utara telah melampaui 2.300");
      expect([q?.min, q?.max]).toEqual([2300, null]);
    });
  });

  describe("leaders, formations and breakdowns", () => {
    it("puts leaders sent in other, and keeps leaders lost ('tiga jenderal dan 700 tentara', 'satu pejabat tinggi … tewas')", () => {
      expect(categories("Korea Utara telah mengirim empat jenderal dan 700 tentara ke Rusia.")).toEqual({ empat: "other", "700": "deployed" });
      expect(categories("Ia percaya setidaknya satu pejabat tinggi Korea Utara telah tewas.")).toEqual({ "setidaknya satu": "killed" });
    });
    it("puts the size of each formation in other and does not count the formations ('enam tentara yang masing-masing terdiri dari …')", () => {
      expect(categories("Korea Utara akan membentuk enam tentara yang masing-masing terdiri dari 1.500 hingga 2.500 tentara.")).toEqual({
        enam: null,
        "dari 1.500 hingga 2.500": "other",
      });
      expect(categories("Ukuran satu brigade bisa bervariasi dari beberapa ribu tentara hingga sekitar 5.000.")).toEqual({ satu: null, "sekitar 5.000": "other" });
    });
  });

  describe("losses in the words the news uses", () => {
    it("reads 'menewaskan atau melukai' as casualties and 'melukai N orang lainnya' as wounded", () => {
      expect(categories("Pasukan itu menewaskan atau melukai lebih dari 2.100 tentara Korea Utara.")).toEqual({ "lebih dari 2.100": "casualties" });
      expect(categories("Serangan itu membunuh 40 tentara Korea Utara dan melukai lima orang lainnya.")).toEqual({ "40": "killed", lima: "wounded" });
    });
    it("reads 'kehilangan N prajurit' as killed", () => {
      expect(categories("Batalion itu mengalami kehilangan tujuh prajurit selama misi.")).toEqual({ tujuh: "killed" });
    });
    it("reads a list of losses ('tewas, terluka, hilang, atau ditangkap') as casualties", () => {
      expect(categories("Dari 9.000 tentara Korea Utara, 2.000 di antaranya telah tewas, terluka, hilang, atau ditangkap.")["2.000"]).toBe("casualties");
    });
    it("counts a number written as a word, 'seorang' included, only right by its cue", () => {
      expect(categories("Seorang tentara Korea Utara ditangkap di Belgorod.")).toEqual({ Seorang: "captured" });
      expect(categories("Seorang anggota parlemen Korea Selatan mengungkapkan bahwa total korban Korea Utara mencapai 3.100 orang.")).toEqual({
        Seorang: null,
        "mencapai 3.100": "casualties",
      });
      expect(categories("Jenderal bintang satu itu menyebut jadwal latihan.")).toEqual({ satu: null });
    });
    it("reads 'warga Korea Utara dikerahkan' as troops deployed, and 'warga sipil' as civilians", () => {
      expect(categories("Diperkirakan 8.000 warga Korea Utara dikerahkan ke Belgorod.")).toEqual({ "8.000": "deployed" });
      expect(categories("Sebanyak 80 warga sipil tewas.")).toEqual({ "80": "other" });
    });
    it("reads a time noun that says when as no noun of the count ('mencapai 31.500 bulan lalu')", () => {
      expect(categories("Kyiv memperkirakan korban jiwa Rusia mencapai 31.500 bulan lalu.")).toEqual({ "mencapai 31.500": "other" });
      expect(categories("Perang dimulai 4 tahun lalu.")).toEqual({ "4": null });
    });
  });

  describe("whose troops", () => {
    it("puts Ukrainian losses linked by 'korban militer Ukraina' in other", () => {
      expect(categories("Zelensky menyebutkan korban militer Ukraina sebanyak 45.100 – tetapi para ahli meyakini kerugian itu lebih tinggi.")).toEqual({ "45.100": "other" });
    });
    it("puts Russian losses in other when the Russian military is the subject", () => {
      const s = "Militer Rusia tidak pernah mengungkapkan jumlah korban sejak September 2022, ketika mengatakan 5.937 tentara telah tewas.";
      expect(categories(s)).toEqual({ "5.937": "other" });
    });
    it("puts 'tentara Rusia' and 'tentara Ukraina' named after the noun in other", () => {
      expect(categories("Kremlin mengatakan 300 tentara Rusia tewas.")).toEqual({ "300": "other" });
      expect(categories("Serangan Korea Utara menewaskan 20 tentara Ukraina.")).toEqual({ "20": "other" });
    });
    it("keeps North Korean troops named after the noun even when Ukraine reports them", () => {
      expect(categories("Badan intelijen militer Ukraina melaporkan 30 tentara Korea Utara tewas.")).toEqual({ "30": "killed" });
    });
    it("does not take a side helped by the troops as their owner ('membantu pasukan Rusia')", () => {
      expect(categories("Sekitar 2.000 tentara tiba di Kursk untuk membantu pasukan Rusia.")).toEqual({ "Sekitar 2.000": "deployed" });
    });
    it("puts civilians in other", () => {
      expect(categories("Sekitar 60 ribu warga sipil mengungsi dari Kursk.")).toEqual({ "Sekitar 60 ribu": "other" });
      expect(categories("Sedikitnya 18.000 warga tewas.")).toEqual({ "Sedikitnya 18.000": "other" });
    });
    it("puts people of no named side ('orang') in other", () => {
      expect(categories("Sebanyak 64 orang tewas dalam banjir.")).toEqual({ "64": "other" });
    });
    it("gives the owner in the reason", () => {
      expect(of("Zelensky menyebutkan korban militer Ukraina sebanyak 45.100", "45.100")?.reason).toContain("militer Ukraina");
    });
  });

  describe("not a count of people", () => {
    const none = [
      ["km²", "pasukan Rusia merebut sekitar 30 km persegi wilayah setiap hari"],
      ["villages", "Insiden tersebut terjadi di sekitar tiga desa di Kursk"],
      ["years", "perang yang sudah berlangsung hampir tiga tahun"],
      ["months", "selama empat bulan terakhir"],
      ["six months", "setelah enam bulan pertempuran"],
      ["stages", "dalam dua tahap"],
      ["campuses", "18 Kampus ternama memberikan beasiswa"],
      ["percentages", "naik 30 persen dan 40%"],
      ["money", "bantuan Rp 13 juta dan US$25 juta"],
      ["days", "tewas dalam 3 hari"],
      ["settlements", "merebut puluhan pemukiman perbatasan"],
      ["area", "Ukraina masih memegang ratusan kilometer persegi wilayah Rusia"],
    ] as const;
    for (const [what, sentence] of none) {
      it(`returns null for ${what}: '${sentence}'`, () => {
        const qs = findQuantities(sentence);
        expect(qs.length).toBeGreaterThan(0);
        for (const q of qs) expect(classifyFigure(sentence, q)).toBeNull();
      });
    }
    it("returns null for an unknown noun ('400 ribuan ASN')", () => {
      expect(categories("400 ribuan ASN")).toEqual({ "400 ribuan": null });
    });
  });

  describe("output", () => {
    it("quotes the phrase from the number to the word that decided it", () => {
      const s = "NIS memperkirakan bahwa sekitar 300 tentara Korea Utara telah tewas dan 2.700 lainnya terluka.";
      expect(of(s, "sekitar 300")?.quote).toBe("sekitar 300 tentara Korea Utara telah tewas");
      expect(of("Korea Utara telah mengirim sekitar 11.000 tentara ke Rusia.", "sekitar 11.000")?.quote).toBe("mengirim sekitar 11.000 tentara");
    });
    it("classifies a quantity made by hand that the finder did not return", () => {
      const s = "Korea Utara mengirim 3.000 tentara ke Rusia.";
      const found = findQuantities(s)[0] as Quantity;
      const made: Quantity = { ...found, text: "3.000 tentara", unitEnd: found.unitEnd };
      expect(classifyFigure(s, made)?.category).toBe("deployed");
    });
    it("never throws and returns a schema category or null for every quantity of any string", () => {
      const part = fc.constantFrom(
        "sekitar", "300", "tentara", "Korea Utara", "Rusia", "Ukraina", "tewas", "atau", "terluka", "dan", "lainnya",
        "yang", "dari", "11.000", "jumlahnya", "jumlah", "korban", "pihak", "mengirim", "tambahan", ",", "ratusan", "tiga",
      );
      fc.assert(
        fc.property(fc.array(part, { maxLength: 16 }), (parts) => {
          const s = parts.join(" ");
          return findQuantities(s).every((q) => {
            const c = classifyFigure(s, q);
            return c === null || (CATEGORIES.includes(c.category) && c.reason.length > 0 && c.quote.length > 0);
          });
        }),
      );
    });
    it("classifies every quantity of a 200,000-character line", () => {
      const unit = "Sekitar 300 tentara Korea Utara tewas dan 2.700 lainnya terluka, jumlahnya setidaknya 1.000 dari 11.000 tentara. ";
      const line = unit.repeat(Math.ceil(200_000 / unit.length)).slice(0, 200_000);
      const qs = findQuantities(line);
      const classes = qs.map((q) => classifyFigure(line, q, { quantities: qs }));
      expect(classes.filter((c) => c?.category === "killed").length).toBeGreaterThan(1000);
    });
  });
});
