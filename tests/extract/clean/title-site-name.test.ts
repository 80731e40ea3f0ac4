import { describe, expect, it } from "vitest";
import { titleSiteName } from "../../../src/extract/clean/title-site-name.ts";

describe("titleSiteName", () => {
  it("splits a window title into the headline and the site's name", () => {
    expect(titleSiteName("Jalan Lintas Selatan Ambles, Truk Dialihkan | Garut Today", 5)).toEqual({
      title: "Jalan Lintas Selatan Ambles, Truk Dialihkan",
      site: "Garut Today",
    });
    expect(titleSiteName("Harga Garam Anjlok di Tingkat Petani - wartagaram.com", 5)).toEqual({
      title: "Harga Garam Anjlok di Tingkat Petani",
      site: "wartagaram.com",
    });
    expect(titleSiteName("Dua Kapal Tenggelam di Selat Makassar | KOMPAS.com", 5)).toMatchObject({ site: "KOMPAS.com" });
  });
  it("leaves a headline whose second half follows a dash, a menu, a section label and a short line", () => {
    expect(titleSiteName("Timnas Kalah Tipis di Hanoi - Media Vietnam Mengejek", 5)).toBeNull();
    expect(titleSiteName("Beranda | Berita | Daerah", 5)).toBeNull();
    expect(titleSiteName("Harga Garam Anjlok di Tingkat Petani | Ekonomi", 5)).toBeNull();
    expect(titleSiteName("Garam | Garut Today", 5)).toBeNull();
  });
});
