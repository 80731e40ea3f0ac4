import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { cacheNunjucksCompiles } from "../../src/site/nunjucks-compile-cache.ts";

/** The Nunjucks that Eleventy renders with. */
interface Nunjucks {
  Environment: new (loader: null, options: { autoescape: boolean }) => object;
  Template: new (source: string, env: object, path: string) => { render(context: object): string; rootRenderFunc: unknown };
}
const nunjucks = createRequire(import.meta.url)("nunjucks") as Nunjucks;
cacheNunjucksCompiles(nunjucks as never);

describe("cacheNunjucksCompiles", () => {
  it("compiles a source once per environment and renders every template of it the same", () => {
    const env = new nunjucks.Environment(null, { autoescape: true });
    const source = "{% block b %}<p>{{ x }}</p>{% endblock %}";
    const first = new nunjucks.Template(source, env, "halaman.njk");
    expect(first.render({ x: "<satu>" })).toBe("<p>&lt;satu&gt;</p>");
    const second = new nunjucks.Template(source, env, "halaman.njk");
    expect(second.render({ x: "dua" })).toBe("<p>dua</p>");
    expect(second.rootRenderFunc).toBe(first.rootRenderFunc);
  });

  it("compiles another source, or the same source in another environment, again", () => {
    const env = new nunjucks.Environment(null, { autoescape: true });
    const raw = new nunjucks.Environment(null, { autoescape: false });
    const a = new nunjucks.Template("{{ x }}", env, "a.njk");
    const b = new nunjucks.Template("[{{ x }}]", env, "a.njk");
    const c = new nunjucks.Template("{{ x }}", raw, "a.njk");
    expect([a.render({ x: "<i>" }), b.render({ x: "<i>" }), c.render({ x: "<i>" })]).toEqual(["&lt;i&gt;", "[&lt;i&gt;]", "<i>"]);
  });
});
