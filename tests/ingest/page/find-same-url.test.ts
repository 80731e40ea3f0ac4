import { describe, expect, it } from "vitest";
import { findSameUrl } from "../../../src/ingest/page/find-same-url.ts";

const entries = [
  { file: "a.txt", source: { url: null } },
  { file: "b.txt", source: { url: "https://www.kabardunia.test/global/read/5901234/judul" } },
];

describe("findSameUrl", () => {
  it("finds the entry with the same address, however it is written", () => {
    expect(findSameUrl("http://kabardunia.test/global/read/5901234/judul/?utm_source=facebook", entries)).toEqual({
      file: "b.txt",
      url: "https://www.kabardunia.test/global/read/5901234/judul",
    });
  });

  it("finds nothing for another address, or for no address", () => {
    expect(findSameUrl("https://www.kabardunia.test/global/read/5901235/lain", entries)).toBeNull();
    expect(findSameUrl(null, entries)).toBeNull();
  });
});
