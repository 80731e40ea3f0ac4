// Eleventy configuration: templates/ in, _site/ out, public/ copied to the root.
// Everything else (data, filters, feeds) comes from the linimasa plugin, in
// TypeScript, which Eleventy loads compiled (bin/compile.mjs): the same module
// the build command uses, so the data it hands over is the data rendered.
import { compiledModule } from "./bin/compile.mjs";

const { default: linimasa } = await import(await compiledModule("site/eleventy-plugin"));

/** @param {import("@11ty/eleventy").UserConfig} eleventyConfig */
export default function (eleventyConfig) {
  eleventyConfig.addPlugin(linimasa);
  eleventyConfig.addPassthroughCopy({ public: "/" });
  return {
    // The output folder is left to the caller (Eleventy's default is _site/).
    dir: { input: "templates", includes: "_includes", data: "_data" },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
  };
}
