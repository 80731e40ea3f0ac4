import { describe, expect, it } from "vitest";
import { VFile } from "vfile";
import { MAX_ARTICLE_BYTES, decodeArticle } from "../../src/ingest/decode-article.ts";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("decodeArticle", () => {
  it("drops a byte-order mark and turns CRLF and CR into LF", () => {
    const file = new VFile({ path: "seeds/a.txt" });
    expect(decodeArticle(bytes("\uFEFFJakarta -\r\nSatu.\rDua."), file)).toBe("Jakarta -\nSatu.\nDua.");
    expect(file.messages).toEqual([]);
  });

  it("rejects bytes that are not UTF-8 with the line of the first bad byte", () => {
    const file = new VFile({ path: "seeds/latin1.txt" });
    const latin1 = Uint8Array.from([...bytes("Baris satu\nKata caf"), 0xe9, 0x20, 0x61]);
    expect(decodeArticle(latin1, file)).toBeNull();
    expect(file.messages[0]?.ruleId).toBe("not-utf8");
    expect(file.messages[0]?.line).toBe(2);
    expect(file.messages[0]?.column).toBe(9);
    expect(file.messages[0]?.fatal).toBe(true);
  });

  it("places bytes that only a strict decoder rejects (a surrogate, an overlong form, past U+10FFFF)", () => {
    for (const bad of [[0xed, 0xa0, 0x80], [0xe0, 0x80, 0xaf], [0xf4, 0x90, 0x80, 0x80]]) {
      const file = new VFile({ path: "seeds/bad.txt" });
      expect(decodeArticle(Uint8Array.from([...bytes("Satu\nDua "), ...bad]), file)).toBeNull();
      expect([file.messages[0]?.ruleId, file.messages[0]?.line, file.messages[0]?.column]).toEqual(["not-utf8", 2, 5]);
    }
  });

  it("rejects a file larger than an article can be, at the line where it passes the limit", () => {
    const file = new VFile({ path: "seeds/dump.txt" });
    const line = "Satu baris teks.\n"; // 17 bytes
    const big = bytes(line.repeat(Math.ceil(MAX_ARTICLE_BYTES / line.length) + 1));
    expect(decodeArticle(big, file)).toBeNull();
    expect(file.messages[0]?.ruleId).toBe("file-too-large");
    expect(file.messages[0]?.line).toBe(Math.floor(MAX_ARTICLE_BYTES / line.length) + 1);
    expect(file.messages[0]?.reason).toMatch(/more than the 1\.0 MB an article may be/);
  });

  it("rejects a binary file that holds NUL bytes", () => {
    const file = new VFile({ path: "seeds/image.txt" });
    expect(decodeArticle(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), file)).toBeNull();
    expect(file.messages[0]?.ruleId).toBe("binary-file");
  });

  it("rejects an empty or blank file and says what to do", () => {
    const file = new VFile({ path: "seeds/empty.txt" });
    expect(decodeArticle(bytes(" \n\n"), file)).toBeNull();
    expect(file.messages[0]?.ruleId).toBe("empty-file");
    expect(file.messages[0]?.reason).toMatch(/paste the article/);
  });
});
