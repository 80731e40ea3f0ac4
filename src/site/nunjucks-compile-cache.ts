/**
 * Eleventy 3.1 no longer caches compiled Nunjucks templates (its Nunjucks
 * engine reports itself not cacheable and leaves caching to Nunjucks, whose
 * cache only covers templates loaded by name), so every page of a paginated
 * template compiles the template again: most of the rendering time of ten
 * thousand entry pages. This keeps each environment's compiled templates by
 * path and source, exactly as Nunjucks' own loader cache keeps them: the same
 * source in the same environment compiles to the same functions.
 */

interface NunjucksTemplate {
  env: object;
  path: string | null;
  tmplStr?: string;
  tmplProps?: unknown;
  blocks: unknown;
  rootRenderFunc: unknown;
  compiled: boolean;
  _compile(): void;
}

interface NunjucksLib {
  Template: { prototype: NunjucksTemplate };
}

const compiled = new WeakMap<object, Map<string, Pick<NunjucksTemplate, "blocks" | "rootRenderFunc">>>();
const patched = new WeakSet<object>();

/**
 * Make `nunjucks.Template` reuse compiled code (once per Nunjucks module).
 *
 * @example
 * eleventyConfig.on("eleventy.engine.njk", ({ nunjucks }) => cacheNunjucksCompiles(nunjucks));
 */
export function cacheNunjucksCompiles(nunjucks: NunjucksLib): void {
  const proto = nunjucks.Template.prototype;
  if (patched.has(proto)) return;
  patched.add(proto);
  const compile = proto._compile;
  proto._compile = function (this: NunjucksTemplate): void {
    if (this.tmplProps !== undefined || typeof this.tmplStr !== "string") return compile.call(this);
    let byEnv = compiled.get(this.env);
    if (!byEnv) compiled.set(this.env, (byEnv = new Map()));
    const key = `${this.path ?? ""}\0${this.tmplStr}`;
    const hit = byEnv.get(key);
    if (hit) {
      this.blocks = hit.blocks;
      this.rootRenderFunc = hit.rootRenderFunc;
      this.compiled = true;
      return;
    }
    compile.call(this);
    byEnv.set(key, { blocks: this.blocks, rootRenderFunc: this.rootRenderFunc });
  };
}
