import { describe, expect, it } from "vitest";
import { chooseHedge, findHedges } from "../../../src/extract/claims/choose-hedge.ts";

const hedgesOf = (text: string) => [...findHedges(text)].sort();

describe("findHedges", () => {
  it.each([
    ["Pentagon mengonfirmasi adanya korban.", ["confirmed"]],
    ["Polri mengkonfirmasi data tersebut.", ["confirmed"]],
    ["Zelensky memastikan bahwa mereka kembali.", ["confirmed"]],
    ["Pyongyang secara resmi mengakui penempatan itu.", ["confirmed"]],
    ["Kepolisian membenarkan kejadian tersebut.", ["confirmed"]],
    ["Jumlahnya diperkirakan mencapai 4.700 orang.", ["estimated"]],
    ["NIS memperkirakan korban bertambah.", ["estimated"]],
    ["Sekitar 300 tentara tewas.", ["estimated"]],
    ["Kira-kira 1.000 orang terdampak.", ["estimated"]],
    ["Menurut perkiraan OCHA, warga mengungsi.", ["estimated"]],
    ["Dua orang dilaporkan tewas.", ["reported"]],
    ["Banyak korban diyakini tentara bayaran.", ["reported"]],
    ["Dua orang dikabarkan tewas dalam ledakan.", ["reported"]],
    ["Korea Utara disebut mengerahkan pasukan.", ["reported"]],
    ["Kabarnya begitu.", ["reported"]],
    ["Menurut laporan, ratusan tentara tewas.", ["reported"]],
    ["Pasukan itu tampaknya ditarik.", ["reported"]],
    ["Kremlin membantah klaim tersebut.", ["denied"]],
    ["Data itu dibantah oleh Polri.", ["denied"]],
    ["Moskow menyangkal tuduhan itu.", ["denied"]],
    ["Identitas korban belum dapat dipastikan.", ["unverified"]],
    ["Angka itu masih perlu diverifikasi.", ["unverified"]],
    ["Belum diketahui identitas korban.", ["unverified"]],
    ["Data korban simpang siur.", ["unverified"]],
    ["Rinciannya masih dalam pemantauan.", ["unverified"]],
    ["Jumlah pastinya masih dalam proses pemeriksaan.", ["unverified"]],
  ])("reads %j as %j", (text, expected) => {
    expect(hedgesOf(text)).toEqual(expected);
  });

  it.each([
    "Baik Korea Utara maupun Rusia belum mengonfirmasi secara resmi penempatan pasukan tersebut.",
    "Moskow tidak mengkonfirmasi penempatan baru tersebut.",
    "Rusia belum pernah secara resmi mengakui kehadiran pasukan itu.",
    "Kremlin menolak membenarkan laporan itu.",
  ])("reads the negated %j as denied, not confirmed", (text) => {
    expect(hedgesOf(text)).toEqual(["denied"]);
  });

  it("reads 'belum dapat memastikan' as unverified, not confirmed", () => {
    expect(hedgesOf("Polisi belum dapat memastikan jumlah korban.")).toEqual(["unverified"]);
  });

  it("does not read a place ('di sekitar desa') as an estimate", () => {
    expect(hedgesOf("Tiga tentara hilang di sekitar desa lain di Kursk.")).toEqual([]);
    expect(hedgesOf("Insiden terjadi di sekitar tiga desa.")).toEqual([]);
  });

  it("does not read 'untuk memastikan' (to ensure) or 'saat dikonfirmasi' (when asked) as confirmation", () => {
    expect(hedgesOf("Kami mengambil langkah untuk memastikan keamanan Rusia.")).toEqual([]);
    expect(hedgesOf("Hal itu disampaikan Joko saat dikonfirmasi, Senin.")).toEqual([]);
  });

  it("matches whole words only ('perkiraannya' is not 'perkiraan')", () => {
    expect(hedgesOf("Sesuai perkiraannya, semua berjalan.")).toEqual([]);
  });
});

describe("chooseHedge", () => {
  it("lets a denial win over everything", () => {
    expect(chooseHedge(new Set(["denied", "confirmed", "estimated"]), "confirmed", true)).toBe("denied");
  });

  it("lets 'unverified' words win over the marker's default", () => {
    expect(chooseHedge(new Set(["unverified"]), "estimated", true)).toBe("unverified");
  });

  it("prefers the reporting verb's own hedge to other hedge words", () => {
    expect(chooseHedge(new Set(["estimated"]), "confirmed", true)).toBe("confirmed");
  });

  it("takes estimated, then reported, then confirmed among words", () => {
    expect(chooseHedge(new Set(["reported", "estimated", "confirmed"]), null, false)).toBe("estimated");
    expect(chooseHedge(new Set(["reported", "confirmed"]), null, false)).toBe("reported");
    expect(chooseHedge(new Set(["confirmed"]), null, false)).toBe("confirmed");
  });

  it("defaults to 'reported' when attributed and 'unverified' in the outlet's voice", () => {
    expect(chooseHedge(new Set(), null, true)).toBe("reported");
    expect(chooseHedge(new Set(), null, false)).toBe("unverified");
  });
});
