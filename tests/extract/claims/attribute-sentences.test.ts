import { describe, expect, it } from "vitest";
import { attributeSentences } from "../../../src/extract/claims/attribute-sentences.ts";
import { Claimant } from "../../../src/schema/entry.ts";
import type { Attribution, SentenceInput } from "../../../src/extract/claims/types.ts";

/** Sentences of one paragraph each, or of the paragraphs given. */
function attribute(texts: (string | [string, number])[], outlet: string | null = "Kompas.com"): Attribution[] {
  const sentences: SentenceInput[] = texts.map((t, i) => (typeof t === "string" ? { text: t, paragraph: i } : { text: t[0], paragraph: t[1] }));
  return attributeSentences(sentences, { outlet });
}

function one(text: string): Attribution {
  return attribute([text])[0]!;
}

describe("attributeSentences: pre-posed subject and reporting verb", () => {
  it("reads 'Badan intelijen Korea Selatan menyatakan pada Selasa (4/2/2025), …' as NIS", () => {
    const a = one("Badan intelijen Korea Selatan menyatakan pada Selasa (4/2/2025), pasukan itu telah ditarik.");
    expect(a.claimant.id).toBe("nis");
    expect(a.marker).toBe("menyatakan");
    expect(a.carried).toBe(false);
  });

  it("skips a dateline and a leading time phrase before the subject", () => {
    const a = one("Jakarta, CNN Indonesia -- Pada Kamis (12/6/2025), Kepala Staf Gabungan Korea Selatan mengatakan latihan akan digelar.");
    expect(a.claimant.id).toBe("jcs");
  });

  it("strips 'Seorang' and reads 'Seorang anggota parlemen Korea Selatan mengungkapkan bahwa …'", () => {
    const a = one("Seorang anggota parlemen Korea Selatan mengungkapkan bahwa sekitar 300 tentara tewas.");
    expect(a.claimant.id).toBe("sk-lawmaker");
    expect(a.hedge).toBe("estimated");
  });

  it("lets words between subject and verb stand ('Rusia juga belum pernah mengonfirmasi')", () => {
    const a = one("Rusia juga belum pernah mengonfirmasi kehadiran pasukan asing.");
    expect(a.claimant.id).toBe("russia");
    expect(a.hedge).toBe("denied");
  });

  it("reads a title before a name as the person ('juru bicara Pentagon … Pat Ryder mengonfirmasi')", () => {
    const a = one("Pada Senin, juru bicara Pentagon Mayor Jenderal Pat Ryder mengonfirmasi adanya korban.");
    expect(a.claimant.id).toBe("ryder");
    expect(a.hedge).toBe("confirmed");
  });

  it("names an unknown subject by its own words, not by the country inside it", () => {
    const a = one("Kementerian Luar Negeri Korea Selatan menegaskan bahwa Seoul tidak akan mengirim senjata.");
    expect(a.claimant).toMatchObject({ id: "kementerian-luar-negeri-korea-selatan", known: false, kind: "agency" });
  });

  it("reads the subject after a subordinate word ('setelah pemerintah Ukraina menyatakan')", () => {
    const a = one("Sanksi baru diumumkan setelah pemerintah Ukraina menyatakan pasukan itu sudah bertempur.");
    expect(a.claimant.id).toBe("ukraine-government");
  });

  it("keeps a list of subjects together ('AS, Jepang, dan Korea Selatan mengecam')", () => {
    const a = one("AS, Jepang, dan Korea Selatan mengecam peluncuran rudal itu.");
    expect([a.claimant.id, ...a.also.map((c) => c.id)]).toEqual(["united-states", "japan", "south-korea"]);
  });

  it("skips an inserted ', termasuk …,' between subject and verb", () => {
    const a = one("Beberapa negara Barat, termasuk Amerika Serikat dan Uni Eropa, telah mengutuk tindakan itu.");
    expect(a.claimant.id).toBe("west");
  });

  it("does not make a clause before an elided subject the claimant ('…, bahkan mengklaim')", () => {
    const a = one("Menteri Pertahanan Rusia Andrei Belousov menuturkan bahwa militer Rusia telah maju, bahkan mengklaim kemajuan itu semakin cepat.");
    expect(a.claimant.id).toBe("belousov");
    expect(a.also).toEqual([]);
  });

  it("reads a head-line verb only in its head-line case ('Korsel Sebut …')", () => {
    expect(one("Korsel Sebut Korea Utara Tambah Pengiriman Pasukan ke Rusia").claimant.id).toBe("south-korea");
    expect(one("Korsel sebut saja sebagai tetangga.").claimant.kind).toBe("self");
  });
});

describe("attributeSentences: post-posed attribution after a quote", () => {
  it("reads '\"…,\" kata Ryder.' as Ryder", () => {
    const a = one('"Mereka mulai terlibat dalam operasi tempur," kata Ryder.');
    expect(a.claimant.id).toBe("ryder");
    expect(a.marker).toBe("kata");
  });

  it("reads ', sebut Badan Intelijen Nasional Korea Selatan, seperti dikutip dari CNA' as NIS with CNA as medium", () => {
    const a = one('"Rinciannya masih dalam pemantauan," sebut Badan Intelijen Nasional Korea Selatan, seperti dikutip dari CNA, Rabu (5/2).');
    expect(a.claimant.id).toBe("nis");
    expect(a.via?.id).toBe("cna");
    expect(a.hedge).toBe("unverified");
  });

  it("reads an unknown speaker up to 'kepada' and keeps the addressee as medium", () => {
    const a = one('"Kami belum menerima laporan," ujar Saleh kepada Reuters, Sabtu (4/1).');
    expect(a.claimant).toMatchObject({ id: "saleh", name: "Saleh", known: false, kind: "person" });
    expect(a.via?.id).toBe("reuters");
  });

  it("reads a post-posed verb after a plain comma ('…, kata agen mata-mata Korea Selatan')", () => {
    expect(one("Korea Utara mengirim lebih banyak tentara, kata agen mata-mata Korea Selatan").claimant.id).toBe("nis");
  });

  it("does not read 'jelas' as a reporting verb without a quotation before it", () => {
    expect(one("Sikap Washington, jelas tidak berubah.").claimant.kind).toBe("self");
    expect(one('"Sikap kami tidak berubah," jelas Kirby.').claimant.id).toBe("kirby");
  });

  it("reads a person pronoun as the last person named, across paragraphs", () => {
    const out = attribute([
      ["Zelensky mengatakan pasukan itu sudah kembali.", 0],
      ["Pejabat Ukraina menyebutkan 30 tentara tewas.", 1],
      ["Ia memastikan serangan akan berlanjut.", 2],
    ]);
    expect(out[2]).toMatchObject({ claimant: { id: "zelensky" }, marker: "memastikan", carried: true, hedge: "confirmed" });
  });

  it("reads 'katanya' as the paragraph's last claimant", () => {
    const [, second] = attribute([
      ["Juru bicara keamanan nasional AS John Kirby mengatakan pasukan itu sudah bertempur.", 0],
      ['"Ini eskalasi yang serius," katanya.', 0],
    ]);
    expect(second!.claimant.id).toBe("kirby");
    expect(second!.marker).toBe("katanya");
    expect(second!.carried).toBe(true);
  });
});

describe("attributeSentences: menurut and berdasarkan", () => {
  it("reads a post-posed ', menurut agen intelijen Korea Selatan.' as NIS", () => {
    const a = one("Korea Utara telah mengirim lebih banyak tentara ke Rusia, menurut agen intelijen Korea Selatan.");
    expect(a.claimant.id).toBe("nis");
    expect(a.marker).toBe("menurut");
  });

  it("reads a leading 'Menurut laporan dari intelijen AS dan Korea Selatan,' as US intelligence, with NIS in also", () => {
    const a = one("Menurut laporan dari intelijen AS dan Korea Selatan, Korea Utara terus memasok senjata.");
    expect([a.claimant.id, ...a.also.map((c) => c.id)]).toEqual(["us-intelligence", "nis"]);
  });

  it("reads 'Berdasarkan analisis intelijen Korea Selatan tahun lalu,' as NIS", () => {
    expect(one("Berdasarkan analisis intelijen Korea Selatan tahun lalu, sekitar 11.000 tentara dikirim.").claimant.id).toBe("nis");
  });

  it("gives a bare 'menurut laporan' no claimant, only a hedge", () => {
    const a = one("Menurut laporan, ratusan tentara tewas.");
    expect(a.claimant.kind).toBe("self");
    expect(a.hedge).toBe("reported");
  });

  it("prefers a reporting verb to 'menurut' in the same sentence", () => {
    const a = one("Menurut NIS, jumlahnya tidak diketahui, tetapi pejabat militer Korea Selatan mengatakan jumlahnya setidaknya 1.000.");
    expect(a.claimant.id).toBe("sk-military-officials");
    expect(a.also.map((c) => c.id)).toEqual(["nis"]);
  });
});

describe("attributeSentences: a speaker who relays a source", () => {
  it("credits a source cited with 'mengutip' and keeps the speaker in also", () => {
    const a = one("Korea Utara menyiapkan satelit baru, kata seorang legislator, mengutip Badan Intelijen Nasional Korea Selatan.");
    expect(a.claimant.id).toBe("nis");
    expect(a.also.map((c) => c.id)).toContain("legislator");
  });

  it("keeps the claim the speaker's when the source relayed is no known one ('menurut data militer')", () => {
    const a = one("Zelensky mengatakan bahwa 650 tentara tewas, menurut data militer.");
    expect(a.claimant.id).toBe("zelensky");
  });

  it("keeps a news outlet cited with 'mengutip' as the medium", () => {
    const a = one("Pasukan itu ditarik, kata Budanov, mengutip Reuters.");
    expect(a.claimant.id).toBe("budanov");
    expect(a.via?.id).toBe("reuters");
  });

  it("credits 'menurut' after the speaker's own clause to its source ('X mengatakan bahwa …, menurut badan intelijen tersebut')", () => {
    const out = attribute([
      ["Badan intelijen Korea Selatan mengatakan 70 tentara tewas.", 0],
      ["Para legislator kemudian mengatakan bahwa 800 lainnya terluka, menurut badan intelijen tersebut.", 1],
    ]);
    expect(out[1]).toMatchObject({ claimant: { id: "nis" }, carried: true });
    expect(out[1]!.also.map((c) => c.id)).toContain("legislator");
  });

  it("credits a briefing's source ('usai menerima pengarahan dari …') and reads a short name as the person named before", () => {
    const out = attribute([
      ["Dalam pengarahan bersama NIS, anggota parlemen Park Min-ho mengatakan pasukan itu kelelahan.", 0],
      ['"Korban mereka sudah melampaui 1.500," kata Park.', 1],
    ]);
    expect(out[0]!.claimant.id).toBe("nis");
    expect(out[0]!.also.map((c) => c.name)).toEqual(["anggota parlemen Park Min-ho"]);
    expect(out[1]).toMatchObject({ claimant: { id: "nis" }, carried: true });
  });

  it("reads the relayer after 'sebagaimana disampaikan oleh' as the medium, not the claimant", () => {
    const a = one("Sekitar 900 tentara tewas, menurut laporan terbaru Badan Intelijen Nasional Korea Selatan, sebagaimana disampaikan oleh Yonhap.");
    expect(a.claimant.id).toBe("nis");
    expect(a.via?.id).toBe("yonhap");
  });

  it("prefers a speaker's own verb, even unknown, to a known 'menurut' before it", () => {
    const a = one("Menurut NIS, jumlahnya belum pasti, tetapi pejabat militer yang dikutip oleh media lokal mengatakan jumlahnya 2.000.");
    expect(a.claimant).toMatchObject({ id: "pejabat-militer", known: false });
    expect(a.via?.id).toBe("local-media");
  });
});

describe("attributeSentences: descriptions, short names and appositions", () => {
  it("reads a description with a demonstrative as the latest claimant of its kind ('badan mata-mata tersebut')", () => {
    const out = attribute([
      ["Badan intelijen Seoul menyatakan 40 tentara hilang.", 0],
      ["Zelensky mengatakan pasukannya bertahan.", 1],
      ["Badan mata-mata tersebut juga mengatakan kepada komite bahwa latihan berlanjut.", 2],
    ]);
    expect(out[2]).toMatchObject({ claimant: { id: "nis" }, carried: true });
  });

  it("reads 'Media tersebut' as the latest medium or unknown source named before", () => {
    const out = attribute([
      ["Laporan Kyiv Independent mengungkapkan serangan itu menewaskan 12 tentara.", 0],
      ["Media tersebut juga mengatakan 20 tentara Rusia terluka.", 1],
    ]);
    expect(out[1]!.claimant.id).toBe(out[0]!.claimant.id);
  });

  it("reads a surname as the person named in full before ('Kim' after 'Kim Jong Un')", () => {
    const out = attribute([
      ["Pemimpin Korea Utara Kim Jong Un mengakui pengiriman pasukan.", 0],
      ['"Mereka pahlawan," ujar Kim dalam pidatonya.', 1],
    ]);
    expect(out[1]).toMatchObject({ claimant: { id: "kim-jong-un" }, carried: true });
  });

  it("reads a name in apposition after a title ('Presiden Ukraina, Volodymyr Zelensky, mengumumkan')", () => {
    expect(one("Presiden Ukraina, Volodymyr Zelensky, mengumumkan pasukannya menangkap tiga tentara.").claimant.id).toBe("zelensky");
    expect(one("Wakil Menteri Pertahanan Rusia, Yunus-Bek Yevkurov, mengatakan latihan selesai.").claimant).toMatchObject({ name: "Yunus-Bek Yevkurov", known: false });
  });

  it("reads a known name after the common nouns that describe it ('lembaga kajian ISW memperkirakan')", () => {
    expect(one("Lembaga kajian perang ISW memperkirakan serangan berlanjut.").claimant.id).toBe("isw");
  });

  it("reads the newspaper style ', tulis harian X' and skips 'untuk pertama kalinya' before the verb", () => {
    expect(one("Sebanyak 900 personel dikerahkan ke Belgorod, tulis harian Chosun Ilbo.").claimant.name).toBe("Chosun Ilbo");
    expect(one("Rusia untuk pertama kalinya mengakui kehadiran pasukan asing.").claimant.id).toBe("russia");
  });

  it("resolves a description that names a known body ('badan intelijen Seoul', 'otoritas Barat')", () => {
    expect(one("Badan intelijen Seoul mengatakan latihan berlanjut.").claimant.id).toBe("nis");
    expect(one("Otoritas Barat yang tidak disebutkan namanya mengatakan 5.000 tentara tewas.").claimant.id).toBe("western-officials");
  });

  it("makes a list of bodies a claimant and its also, the role carried over ('badan intelijen Korsel, AS, dan Ukraina')", () => {
    const a = one("Badan intelijen Korsel, AS, dan Ukraina memperkirakan 14.000 tentara telah dikirim.");
    expect(a.claimant.id).toBe("nis");
    expect(a.also.map((c) => c.id)).toEqual(["us-intelligence", "badan-intelijen-ukraina"]);
  });

  it("keeps an unknown source as named, never the outlet ('kabar terbaru' names nobody, 'telah lama melaporkan')", () => {
    expect(one("Kabar terbaru melaporkan 90 tentara tewas.").claimant.kind).toBe("self");
    expect(one("Sebelumnya, lembaga pemantau Oryx telah lama melaporkan, 300 kendaraan hancur.").claimant).toMatchObject({ known: false, name: "lembaga pemantau Oryx" });
  });
});

describe("attributeSentences: passive with agent", () => {
  it("reads 'Hal ini diungkapkan intelijen militer Ukraina dan Pentagon.' as GUR, with the Pentagon in also", () => {
    const [first, second] = attribute([
      ["Tentara Korea Utara tewas dalam pertempuran di Kursk.", 0],
      ["Hal ini diungkapkan intelijen militer Ukraina dan Pentagon.", 0],
    ]);
    expect(second!.claimant.id).toBe("gur");
    expect(second!.also.map((c) => c.id)).toEqual(["pentagon"]);
    expect(first!.claimant.id).toBe("gur");
    expect(first!.carried).toBe(true);
  });

  it("reads 'dibantah oleh Kremlin' as a denial by the Kremlin", () => {
    const a = one("Laporan itu dibantah oleh Kremlin pada Jumat.");
    expect(a.claimant.id).toBe("kremlin");
    expect(a.hedge).toBe("denied");
  });

  it("finds no agent when the passive opens the clause ('Diperkirakan Korea Utara …')", () => {
    const a = one("Diperkirakan Korea Utara akan mengirim pasukan lagi.");
    expect(a.claimant.kind).toBe("self");
    expect(a.hedge).toBe("estimated");
  });
});

describe("attributeSentences: outlets as claimant or as medium", () => {
  it("reads 'Laporan terbaru dari ABC News mengungkapkan bahwa …' as ABC News", () => {
    const a = one("Laporan terbaru dari ABC News mengungkapkan bahwa 3.000 tentara dikirim.");
    expect(a.claimant).toMatchObject({ id: "abc-news", kind: "outlet" });
  });

  it("reads 'X mengatakan kepada BBC' as X, with BBC as medium", () => {
    const a = one("Pejabat Barat mengatakan kepada BBC bahwa 1.000 tentara tewas.");
    expect(a.claimant.id).toBe("western-officials");
    expect(a.via?.id).toBe("bbc");
  });

  it("makes the medium the claimant when nobody else is named ('Dilansir AFP, …')", () => {
    const a = one("Dilansir AFP, Jumat (25/7/2025), dua tentara ditangkap.");
    expect(a.claimant.id).toBe("afp");
    expect(a.marker).toBe("Dilansir");
  });

  it("keeps an unknown speaker before a medium ('kata OCHA seperti dilaporkan AFP')", () => {
    const a = one("Bentrokan terjadi di perbatasan, kata OCHA seperti dilaporkan AFP.");
    expect(a.claimant).toMatchObject({ id: "ocha", known: false });
    expect(a.via?.id).toBe("afp");
  });

  it("reads the wire style ', lapor Yonhap'", () => {
    expect(one("Korea Utara menembakkan rudal balistik, lapor Yonhap.").claimant.id).toBe("yonhap");
  });

  it("keeps the speaker and takes the medium from 'dikutip dari' ('kata GUR, seperti dikutip dari The Guardian')", () => {
    const a = one('"Tiga tentara hilang," kata GUR, seperti dikutip dari The Guardian, Selasa (17/12).');
    expect(a.claimant.id).toBe("gur");
    expect(a.via?.id).toBe("the-guardian");
  });
});

describe("attributeSentences: quoted speech over several sentences", () => {
  it("gives the second quoted sentence to the speaker of the first", () => {
    const [, second] = attribute([
      ['"Kami perlu mengambil langkah tambahan," tutur Putin dalam pertemuan itu.', 0],
      ['"Kami melakukannya dengan hati-hati."', 0],
    ]);
    expect(second!.claimant.id).toBe("putin");
    expect(second!.carried).toBe(true);
  });

  it("gives an opened quotation to the speaker named when it closes", () => {
    const [first, second] = attribute([
      ['"Pasukan itu sudah ditarik dari garis depan.', 0],
      ['Mereka menderita kerugian besar," kata Zelensky.', 0],
    ]);
    expect(second!.claimant.id).toBe("zelensky");
    expect(first!.claimant.id).toBe("zelensky");
    expect(first!.carried).toBe(true);
  });

  it("ignores reporting verbs inside the quotation", () => {
    const a = one('"Mereka mengatakan kami kalah," ujar Budanov.');
    expect(a.claimant.id).toBe("budanov");
  });
});

describe("attributeSentences: carry-over within a paragraph", () => {
  it("carries to a sentence that starts with a pronoun", () => {
    const [, second] = attribute([
      ["Pejabat Ukraina mengatakan pasukan itu menyerang desa.", 0],
      ["Mereka juga menyerang pos perbatasan.", 0],
    ]);
    expect(second).toMatchObject({ claimant: { id: "ukraine-officials" }, carried: true, marker: "mengatakan" });
  });

  it("carries to a sentence about what was just reported ('Insiden tersebut …')", () => {
    const [, second] = attribute([
      ["Badan intelijen militer Ukraina melaporkan 30 tentara tewas.", 0],
      ["Insiden tersebut terjadi di tiga desa.", 0],
    ]);
    expect(second!.claimant.id).toBe("gur");
  });

  it("carries to an agentless report ('Sejak akhir 2024, diperkirakan …')", () => {
    const [, second] = attribute([
      ["Menurut intelijen AS, Korea Utara terus memasok senjata.", 0],
      ["Sejak akhir 2024, diperkirakan sekitar 12.000 tentara telah tiba.", 0],
    ]);
    expect(second).toMatchObject({ claimant: { id: "us-intelligence" }, carried: true, hedge: "estimated" });
  });

  it("does not carry to a sentence that changes the subject", () => {
    const [, second] = attribute([
      ["Pejabat Ukraina mengatakan pasukan itu menyerang desa.", 0],
      ["Namun, serangan itu tidak mengubah keadaan.", 0],
    ]);
    expect(second!.claimant.kind).toBe("self");
  });

  it("starts afresh in a new paragraph", () => {
    const [, second] = attribute([
      ["Pejabat Ukraina mengatakan pasukan itu menyerang desa.", 0],
      ["Mereka juga menyerang pos perbatasan.", 1],
    ]);
    expect(second).toMatchObject({ claimant: { id: "outlet", kind: "self" }, carried: false });
  });

  it("does not continue a denial", () => {
    const [, second] = attribute([
      ["Moskow maupun Pyongyang tidak mengkonfirmasi penempatan itu.", 0],
      ["Korea Utara diyakini menderita kerugian berat.", 0],
    ]);
    expect(second).toMatchObject({ claimant: { kind: "self" }, hedge: "reported" });
  });

  it("leaves an agentless figure in a paragraph of its own with the outlet, however recent a source of figures", () => {
    const out = attribute([
      ["Pejabat Ukraina menyebutkan 450 tentara tewas di dekat Sudzha.", 0],
      ["Rusia menolak berkomentar.", 1],
      ["Diperkirakan sekitar 1.200 tentara telah dipulangkan.", 2],
      ["Pasukan itu disebut mengerahkan 7.000 tentara dalam tiga gelombang.", 3],
    ]);
    expect(out[2]).toMatchObject({ claimant: { kind: "self" }, carried: false, hedge: "estimated" });
    expect(out[3]!.claimant.kind).toBe("self");
  });

  it("carries an agentless report that speaks of what the sentence before reported, across a paragraph break", () => {
    const out = attribute([
      ["Pejabat Barat mengatakan 6.000 tentara itu telah tewas atau terluka.", 0],
      ["Selanjutnya, dari 6.000 prajurit tersebut, 900 orang diyakini tewas pada Maret.", 1],
      ["Sementara itu, diperkirakan cuaca memburuk.", 2],
    ]);
    expect(out[1]).toMatchObject({ claimant: { id: "western-officials" }, carried: true, hedge: "reported" });
    expect(out[2]!.claimant.kind).toBe("self");
  });
});

describe("attributeSentences: the outlet's own voice", () => {
  it("speaks as the outlet, 'unverified' without a hedge word", () => {
    const a = one("Pertempuran telah menyebabkan kerugian berat bagi kedua belah pihak.");
    expect(a).toEqual({
      claimant: { id: "outlet", name: "Kompas.com", text: "Kompas.com", kind: "self", known: false },
      also: [],
      via: null,
      marker: null,
      hedge: "unverified",
      carried: false,
    });
  });

  it("is 'Redaksi' when the outlet is unknown", () => {
    expect(attribute(["Sekitar 600 tentara dilaporkan gugur."], null)[0]!.claimant.name).toBe("Redaksi");
  });

  it("takes 'reported' from 'dilaporkan' and 'estimated' from 'sekitar 600'", () => {
    expect(one("Ratusan tentara dilaporkan gugur.").hedge).toBe("reported");
    expect(one("Sekitar 600 tentara gugur di medan perang.").hedge).toBe("estimated");
  });
});

describe("attributeSentences: output shape", () => {
  it("gives claimants that fit the entry schema", () => {
    const out = attribute(['"Kami siap," kata dia.', "Kata kunci: Kursk.", "Dia mengatakan hal itu."]);
    for (const a of out) {
      expect(Claimant.safeParse(a.claimant).success).toBe(true);
      for (const c of a.also) expect(Claimant.safeParse(c).success).toBe(true);
    }
  });

  it("returns nothing for no sentences", () => {
    expect(attributeSentences([], { outlet: null })).toEqual([]);
  });
});
