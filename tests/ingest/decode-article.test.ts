import { describe, expect, it } from "vitest";
import { VFile } from "vfile";
import { decodeArticle } from "../../src/ingest/decode-article.ts";

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
