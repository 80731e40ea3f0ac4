/**
 * Properties of the whole pipeline, `parseArticle`, on arbitrary and
 * adversarial input: it never throws; it returns either an entry valid
 * against the schema or fatal messages placed on a line of the file; it keeps
 * the editor's text exactly; cleaning what it kept changes nothing; and it
 * finishes on inputs built to make regexes and splitters backtrack.
 *
 * The step-level properties live beside their code: numbers in
 * tests/extract/figures/parse-indonesian-number.test.ts, dates in
 * tests/extract/dates/date-properties.test.ts, and the idempotence of
 * `cleanText` itself in tests/extract/clean/clean-text.test.ts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseArticle, type ParsedArticle } from "../../src/extract/parse-article.ts";
import { Entry } from "../../src/schema/entry.ts";
import { longLine } from "./helpers/trust-corpus.ts";

const encoder = new TextEncoder();

/** The text the pipeline reads: BOM dropped, CRLF and CR made LF (as decodeArticle does). */
const decoded = (text: string) => text.replace(/^\uFEFF/u, "").replace(/\r\n?/g, "\n");

/**
 * Parse and check the contract every caller relies on: no exception; an
 * entry valid against the schema and no fatal message, or no entry and at
 * least one fatal message placed on a line of the file.
 */
function parseChecked(bytes: Uint8Array, name = "artikel.txt"): ParsedArticle {
  const result = parseArticle({ name, bytes });
  const fatal = result.files.flatMap((f) => f.messages).filter((m) => m.fatal === true);
  if (result.entry) {
    expect(fatal.map((m) => m.reason)).toEqual([]);
    const check = Entry.safeParse(result.entry);
    expect(check.success, check.error?.message).toBe(true);
  } else {
    expect(fatal.length).toBeGreaterThan(0);
    let breaks = 0;
    for (const b of bytes) if (b === 0x0a || b === 0x0d) breaks++;
    for (const m of fatal) {
      expect(Number.isInteger(m.line) && m.line! >= 1 && m.line! <= breaks + 1, `line ${m.line} of ${breaks + 1}: ${m.reason}`).toBe(true);
      expect(Number.isInteger(m.column) && m.column! >= 1, `column ${m.column}: ${m.reason}`).toBe(true);
      expect(m.reason.length).toBeGreaterThan(20);
    }
  }
  return result;
}

/** Lines an article may hold: news sentences, datelines, boilerplate, numbers, dates, payloads, odd Unicode. */
const FRAGMENTS = [
  "Liputan6.com, Seoul - Badan intelijen Korea Selatan menyatakan pada Selasa (4/2/2025), tentara Korea Utara tidak terlibat lagi.",
  "Jakarta, CNN Indonesia -- Sekitar 11.000 tentara Korea Utara dikirim ke Kursk, kata NIS.",
  "KOMPAS.com - Zelensky menyebut 4.000 tentara Korea Utara tewas atau terluka pada Januari 2025.",
  "Seoul: Pada Kamis, 27 Februari 2025, NIS mengungkapkan tambahan 1.000 hingga 3.000 tentara.",
  "Korsel Sebut Korea Utara Tambah Pengiriman Pasukan ke Rusia",
  "Riza Aslam Khaeron • 27 February 2025 16:59",
  "Advertisement",
  "Baca Juga:",
  "Simak berita lainnya di Google News.",
  "(isa/isa)",
  '"Kami siap," kata Dr. Kim di Jl. Merdeka No. 5.',
  "Lebih dari 300 orang tewas dan 2.700 lainnya terluka, menurut perkiraan.",
  "ratusan ribu tentara, puluhan juta dolar, 2,5 juta orang, 10-12 ribu personel",
  "<script>window.__pwned=1</script> <img src=x onerror=alert(1)>",
  "{{ 7*7 }} {% include \"x\" %} {{ linimasa | dump }}",
  "[klik](javascript:alert(1)) ![x](data:image/png;base64,AAAA) <!-- komentar -->",
  "# Judul markdown", "> kutipan", "- butir", "1. butir", "```", "---", "***", "| a | b |",
  "القوات الكورية \u202eterbalik\u202c חיילים 🇰🇵👍🏽 e\u0301",
  "bel\u0007 esc\u001b[0m del\u007f nel\u0085 zwsp\u200b",
  "\u00a0\u00a0", "", " ", "\t",
];

const SEPARATORS = ["\n", "\r\n", "\n\n", "\r", "\u2028"];

/** An article-like text: fragments and arbitrary strings, joined by line breaks of every kind, maybe with a BOM. */
const articleText = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 60 }) }), { maxLength: 16 }),
    fc.constantFrom(...SEPARATORS),
  )
  .map(([bom, lines, separator]) => `${bom ? "\uFEFF" : ""}${lines.join(separator)}`);

/** Front-matter values: plain, template syntax, quotes, colons, YAML specials, dates good and bad. */
const VALUES = [
  "Judul biasa", "{{ 7*7 }}", "{% include \"x\" %}", "a: b", "- x", "[1, 2]", "{ a: 1 }", "'kutip'", '"dua"', "#komentar", "&anchor", "*alias", "!tag",
  "2025", "2025-02", "2025-02-05", "2025-02-30", "2025-02-27T16:59", "kemarin", "null", "~", "true", "", " ",
  "https://www.liputan6.com/global/read/5910000/x", "http://example.com", "javascript:alert(1)", "JavaScript:alert(1)", " https://x.org",
  "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "ftp://example.org", "//example.org/x", "https://", "id", "en-US", "xx_YY",
];
const KEYS = ["title", "outlet", "url", "published", "author", "tags", "lang", "titel", "script", "__proto__", "constructor"];

/** A YAML scalar for `value`, written plain, double-quoted or single-quoted (sometimes broken). */
const yamlScalar = fc.tuple(fc.constantFrom(...VALUES), fc.constantFrom("plain", "double", "single", "list", "broken")).map(([value, style]) => {
  switch (style) {
    case "double":
      return JSON.stringify(value);
    case "single":
      return `'${value.replace(/'/g, "''")}'`;
    case "list":
      return `[${JSON.stringify(value)}, nis]`;
    case "broken":
      return `"${value}`;
    default:
      return value;
  }
});

/** A front-matter block of arbitrary keys and values above an article-like text. */
const articleWithFrontMatter = fc
  .tuple(fc.array(fc.tuple(fc.constantFrom(...KEYS), yamlScalar), { maxLength: 6 }), fc.boolean(), articleText)
  .map(([pairs, closed, body]) => `---\n${pairs.map(([k, v]) => `${k}: ${v}`).join("\n")}\n${closed ? "---\n" : ""}${body}`);

describe("parseArticle on arbitrary input", () => {
  it("never throws on arbitrary bytes, and returns an entry or fatal messages with a line", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        parseChecked(bytes);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on UTF-8 text with a few bytes broken (Latin-1, NUL, stray continuation bytes)", () => {
    const broken = fc
      .tuple(articleText, fc.array(fc.tuple(fc.nat(), fc.constantFrom(0x00, 0x80, 0xbf, 0xc0, 0xe9, 0xed, 0xf5, 0xff)), { maxLength: 3 }))
      .map(([text, hits]) => {
        const bytes = encoder.encode(text);
        for (const [at, byte] of hits) if (bytes.length > 0) bytes[at % bytes.length] = byte;
        return bytes;
      });
    fc.assert(fc.property(broken, (bytes) => void parseChecked(bytes)), { numRuns: 200 });
  });

  it("never throws on arbitrary strings of any Unicode", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 500 }), (text) => {
        parseChecked(encoder.encode(text));
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on article-like text with boilerplate, payloads, odd Unicode and every kind of line break", () => {
    fc.assert(fc.property(articleText, (text) => void parseChecked(encoder.encode(text))), { numRuns: 400 });
  });

  it("never throws on front matter of any shape, and publishes only http(s) URLs", () => {
    fc.assert(
      fc.property(articleWithFrontMatter, (text) => {
        const { entry, files } = parseChecked(encoder.encode(text));
        if (entry?.source.url != null) expect(entry.source.url).toMatch(/^https?:\/\//i);
        const url = /^url: (.*)$/m.exec(text.split(/\n---\n/)[0] ?? "")?.[1];
        if (url !== undefined && /(javascript|data|vbscript|ftp):/i.test(url)) {
          expect(entry).toBeNull();
          expect(files.flatMap((f) => f.messages).some((m) => m.fatal === true)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe("parseArticle keeps the editor's text", () => {
  it("keeps every paragraph as written, on the line it came from", () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const { entry } = parseChecked(encoder.encode(`---\npublished: 2025-02-05\n---\n${text}`));
        if (!entry) return;
        const lines = decoded(`---\npublished: 2025-02-05\n---\n${text}`).split("\n");
        for (const p of entry.paragraphs) expect(lines[p.line - 1], `line ${p.line}`).toContain(p.text);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps template syntax, markup and URLs in the text literally", () => {
    const text = "---\npublished: 2025-02-05\ntitle: \"{{ 7*7 }} <b>x</b>\"\n---\nJakarta - Angka {{ 7*7 }} dan <script>alert(1)</script> serta [x](javascript:alert(1)).\n";
    const { entry } = parseChecked(encoder.encode(text));
    expect(entry?.title).toBe("{{ 7*7 }} <b>x</b>");
    expect(entry?.paragraphs.map((p) => p.text)).toEqual(["Jakarta - Angka {{ 7*7 }} dan <script>alert(1)</script> serta [x](javascript:alert(1))."]);
  });

  it("accounts for every line of the text: a paragraph, a removed line with its rule, or the title", () => {
    const withTitle = fc.tuple(fc.option(fc.constantFrom("Judul dari Editor", "{{ 7*7 }}", "Korsel Sebut Korea Utara Tambah Pengiriman Pasukan ke Rusia")), articleText);
    fc.assert(
      fc.property(withTitle, ([title, text]) => {
        const head = `---\npublished: 2025-02-05\n${title ? `title: ${JSON.stringify(title)}\n` : ""}---\n`;
        const { entry } = parseChecked(encoder.encode(head + text));
        if (!entry) return;
        const lines = decoded(head + text).split("\n");
        const first = head.split("\n").length;
        const accounted = new Set([...entry.paragraphs.map((p) => p.line), ...entry.removed.map((r) => r.line)]);
        for (let n = first; n <= lines.length; n++) {
          const line = lines[n - 1]!;
          if (line.trim() === "" || accounted.has(n)) continue;
          expect(line.includes(entry.title), `line ${n} ${JSON.stringify(line)} is lost`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("refuses a text that is only a headline and boilerplate instead of publishing an empty entry", () => {
    const { entry, files } = parseChecked(encoder.encode("---\npublished: 2025-02-05\n---\nKorsel Sebut Korea Utara Tambah Pasukan\nAdvertisement\nBaca Juga:\n"));
    expect(entry).toBeNull();
    expect(files.flatMap((f) => f.messages).map((m) => [m.ruleId, m.line])).toEqual([["no-text-left", 4]]);
  });

  it("lists a headline that the front-matter title replaces among the removed lines", () => {
    const text = "---\npublished: 2025-02-05\ntitle: Judul dari Editor\n---\nKorsel Sebut Korea Utara Tambah Pasukan\n\nSeoul - Korea Utara mengirim lebih banyak pasukan ke Rusia.\n";
    const { entry } = parseChecked(encoder.encode(text));
    expect(entry?.title).toBe("Judul dari Editor");
    expect(entry?.removed).toEqual([{ text: "Korsel Sebut Korea Utara Tambah Pasukan", rule: "replaced-headline", line: 5 }]);
  });

  it("changes nothing when it cleans what it already cleaned", () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const { entry } = parseChecked(encoder.encode(`---\npublished: 2025-02-05\n---\n${text}`));
        if (!entry) return;
        // The cleaned article: its headline (if the text had one) above its kept paragraphs.
        const headline = entry.titleBasis === "headline" ? `${entry.title}\n\n` : "";
        const again = parseChecked(encoder.encode(`---\npublished: 2025-02-05\n---\n${headline}${entry.paragraphs.map((p) => p.text).join("\n\n")}`));
        expect(again.entry?.paragraphs.map((p) => [p.text, p.kind]) ?? []).toEqual(entry.paragraphs.map((p) => [p.text, p.kind]));
        expect(again.entry?.title).toBe(entry.title);
        expect(again.entry?.removed ?? []).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

/** Patterns that make naive regexes and splitters slow, repeated into one long line. */
const ADVERSARIAL = [
  "Dr. ", "Jl. ", "(3/2) ", "(", "1.", "1.000 ", "sekitar 1.000 hingga ", "Senin (3/2/2025) ", "kata NIS ", "Baca Juga ",
  '"', "- ", " \t", ".", ", ", "<", "*", "_", "`", "[x](", "{{ ", "👍🏽", "\u202eع ", "\u00a0", "a",
];

describe("parseArticle finishes on adversarial input", () => {
  it("parses the 200,000-character line of the hostile corpus", { timeout: 120_000 }, () => {
    expect(parseChecked(encoder.encode(longLine())).entry).not.toBeNull();
  });

  it("parses 100,000-character lines of each pattern", { timeout: 300_000 }, () => {
    for (const unit of ADVERSARIAL) {
      const line = `Jakarta - ${unit.repeat(Math.ceil(100_000 / unit.length))}`.slice(0, 100_000);
      parseChecked(encoder.encode(line));
    }
  });

  it("parses long mixtures of the patterns, on one line or many", { timeout: 300_000 }, () => {
    const mixture = fc
      .tuple(fc.array(fc.tuple(fc.constantFrom(...ADVERSARIAL, ...FRAGMENTS), fc.integer({ min: 1, max: 300 })), { minLength: 1, maxLength: 6 }), fc.constantFrom("", "\n", " "))
      .map(([parts, joiner]) => parts.map(([unit, times]) => unit.repeat(times)).join(joiner));
    fc.assert(fc.property(mixture, (text) => void parseChecked(encoder.encode(`---\npublished: 2025-02-05\n---\n${text}`))), { numRuns: 20 });
  });
});
