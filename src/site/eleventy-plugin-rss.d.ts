// The part of @11ty/eleventy-plugin-rss that linimasa uses (the package
// ships JavaScript without type declarations).
declare module "@11ty/eleventy-plugin-rss" {
  const rssPlugin: (eleventyConfig: unknown, options?: unknown) => void;
  export default rssPlugin;
  export function dateToRfc3339(date: Date): string;
  export function absoluteUrl(url: string, base: string): string;
}
