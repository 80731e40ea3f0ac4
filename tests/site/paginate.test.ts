import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { paginate } from "../../src/site/paginate.ts";

describe("paginate", () => {
  it("gives the first part the base URL and numbers the rest", () =>
    expect(paginate([1, 2, 3, 4, 5], 2, "/media/x/").map((c) => c.url)).toEqual(["/media/x/", "/media/x/2/", "/media/x/3/"]));
  it("links each part to its neighbours", () => {
    const [first, second, third] = paginate([1, 2, 3, 4, 5], 2, "/a/");
    expect([first!.pager.previous, first!.pager.next]).toEqual([null, "/a/2/"]);
    expect([second!.pager.previous, second!.pager.next]).toEqual(["/a/", "/a/3/"]);
    expect(third!.pager.next).toBeNull();
  });
  it("marks the current part among the links", () =>
    expect(paginate([1, 2, 3], 1, "/a/")[1]!.pager.links.map((l) => l.current)).toEqual([false, true, false]));
  it("gives one page without links for a short list", () => {
    const pages = paginate([1], 10, "/a/");
    expect(pages).toHaveLength(1);
    expect(pages[0]!.pager.links).toEqual([]);
  });
  it("gives an empty list one empty page", () => expect(paginate([], 10, "/a/")[0]!.items).toEqual([]));
  it("keeps every item once, in order, in parts no larger than the size", () =>
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 1, max: 20 }), (items, size) => {
        const pages = paginate(items, size, "/a/");
        return pages.every((p) => p.items.length <= size) && JSON.stringify(pages.flatMap((p) => p.items)) === JSON.stringify(items);
      }),
    ));
});
