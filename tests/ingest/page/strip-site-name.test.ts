import { describe, expect, it } from "vitest";
import { outletName } from "../../../src/ingest/page/outlet-name.ts";
import { stripSiteName } from "../../../src/ingest/page/strip-site-name.ts";

describe("stripSiteName", () => {
  it("drops a trailing ' | Site' or ' - Site' that is the site's name", () => {
    expect(stripSiteName("Zelensky: Ratusan Tentara Korut Tewas di Kursk | Suara Kini", ["Suara Kini"])).toBe("Zelensky: Ratusan Tentara Korut Tewas di Kursk");
    expect(stripSiteName("Intelijen Korsel: Korut Kirim Pasukan - KabarSatu.com", [null, "KabarSatu.com"])).toBe("Intelijen Korsel: Korut Kirim Pasukan");
  });

  it("knows the site by its letters alone, or by a name that extends it", () => {
    expect(stripSiteName("Korut Tarik Pasukan dari Kursk - KabarDunia", ["KabarDunia.id"])).toBe("Korut Tarik Pasukan dari Kursk");
    expect(stripSiteName("Judul Berita — WARTA RAYA", ["WartaRaya.test"])).toBe("Judul Berita");
  });

  it("drops any suffix when what precedes it is the page's <h1>", () => {
    expect(stripSiteName("Korut Disebut Kirim Rudal | Fajar Pagi Online", [], "Korut Disebut Kirim Rudal")).toBe("Korut Disebut Kirim Rudal");
  });

  it("keeps a dash that belongs to the headline", () => {
    expect(stripSiteName("Korut Tarik Pasukan - Rusia Membantah", ["KabarDunia"])).toBe("Korut Tarik Pasukan - Rusia Membantah");
    expect(stripSiteName("Rusia - Korut Teken Pakta", ["Rusia Today"])).toBe("Rusia - Korut Teken Pakta");
  });

  it("never empties a title that is only the site's name", () => {
    expect(stripSiteName("Suara Kini", ["Suara Kini"])).toBe("Suara Kini");
  });
});

describe("outletName", () => {
  it("gives the outlets lexicon's canonical name for a name or alias it lists, whatever the case", () => {
    expect(outletName("KOMPAS.com")).toBe("Kompas.com");
    expect(outletName("liputan6.com")).toBe("Liputan6.com");
  });

  it("keeps a name the lexicon does not know as the page wrote it", () => {
    expect(outletName("Suara Kini")).toBe("Suara Kini");
  });
});
