import { describe, expect, it } from "vitest";
import { VFile } from "vfile";
import { splitFrontMatter } from "../../src/ingest/front-matter.ts";

function split(text: string) {
  const file = new VFile({ path: "seeds/a.txt" });
  return { result: splitFrontMatter(text, file), file };
}

describe("splitFrontMatter", () => {
  it("passes a file without front matter through unchanged", () => {
    const { result } = split("Jakarta - Teks.");
    expect(result).toEqual({ data: {}, body: "Jakarta - Teks.", hasFrontMatter: false });
  });

  it("reads every known field and keeps the body on its original lines", () => {
    const { result, file } = split(
      "---\ntitle: Judul\noutlet: Kompas.com\nurl: https://www.kompas.com/read/2025/02/05/x\npublished: 2025-02-05\nauthor: A\ntags: [kursk]\nlang: id\n---\nTeks.",
    );
    expect(file.messages).toEqual([]);
    expect(result?.data).toEqual({
      title: "Judul",
      outlet: "Kompas.com",
      url: "https://www.kompas.com/read/2025/02/05/x",
      published: "2025-02-05",
      author: "A",
      tags: ["kursk"],
      lang: "id",
    });
    expect(result?.body.split("\n").indexOf("Teks.")).toBe(9);
  });

  it("reports an unknown key with its line and the known keys", () => {
    const { result, file } = split("---\ntitle: Judul\ntitel: Salah\n---\nTeks.");
    expect(result).toBeNull();
    expect(file.messages[0]?.line).toBe(3);
    expect(file.messages[0]?.reason).toMatch(/Unknown front-matter key "titel".*title, outlet, url/);
  });

  it("reports a front-matter date that is not a date", () => {
    const { file } = split("---\npublished: kemarin sore\n---\nTeks.");
    expect(file.messages[0]?.line).toBe(2);
    expect(file.messages[0]?.reason).toMatch(/published/);
  });

  it("reads a bare year, which YAML makes a number, as the year", () => {
    const { result, file } = split("---\npublished: 2025\n---\nTeks.");
    expect(file.messages).toEqual([]);
    expect(result?.data.published).toBe("2025");
  });

  it("reports an impossible calendar date", () => {
    const { file } = split("---\npublished: 2025-02-30\n---\nTeks.");
    expect(file.messages[0]?.reason).toMatch(/not a real calendar date/);
  });

  it("accepts a time with its zone (placing moves it to Jakarta time)", () => {
    for (const published of ["2025-02-27T16:59Z", "2025-02-27T16:59+00:00", "2025-02-27 16:59:00+0700"]) {
      const { result, file } = split(`---\npublished: "${published}"\n---\nTeks.`);
      expect(file.messages).toEqual([]);
      expect(result?.data.published).toBe(published);
    }
  });

  it("reports a wrong type", () => {
    const { file } = split("---\ntags: kursk\n---\nTeks.");
    expect(file.messages[0]?.line).toBe(2);
    expect(file.messages[0]?.reason).toMatch(/tags/);
  });

  it("allows only http and https URLs", () => {
    for (const url of ["javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://example.org/x"]) {
      const { result, file } = split(`---\nurl: "${url}"\n---\nTeks.`);
      expect(result, url).toBeNull();
      expect(file.messages[0]?.line).toBe(2);
    }
  });

  it("reports malformed YAML with its line", () => {
    const { result, file } = split("---\ntitle: Judul\nauthor: [unclosed\n---\nTeks.");
    expect(result).toBeNull();
    expect(file.messages[0]?.ruleId).toBe("front-matter-yaml");
    expect(file.messages[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it("reports malformed YAML on the file's line and column where the YAML breaks", () => {
    const { file } = split('---\ntitle: Judul\nauthor: "tidak ditutup\n---\nTeks.');
    expect([file.messages[0]?.line, file.messages[0]?.column]).toEqual([3, 23]);
    expect(file.messages[0]?.reason).toMatch(/at line 3, column 23/);
  });

  it("reports front matter with no text below it", () => {
    const { result, file } = split("---\ntitle: Judul\n---\n\n");
    expect(result).toBeNull();
    expect(file.messages[0]?.ruleId).toBe("no-text");
  });

  it("keeps template syntax in a value as plain text", () => {
    const { result } = split("---\ntitle: \"{{ 7*7 }} {% raw %}\"\n---\nTeks.");
    expect(result?.data.title).toBe("{{ 7*7 }} {% raw %}");
  });
});
