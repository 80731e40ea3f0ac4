// Eleventy configuration: templates/ in, _site/ out, public/ copied to the root.
// Everything else (data, filters, feeds) comes from the linimasa plugin, which
// is TypeScript: tsx's loader lets Eleventy import it directly.
import { register } from "tsx/esm/api";

register();
const { default: linimasa } = await import("./src/site/eleventy-plugin.ts");

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
