/**
 * unified plugin for remark-parse: articles are plain text, so markdown
 * syntax in them ("* Follow …", "# 1", "<script>", "[x](javascript:…)") is
 * never markup. Turning every markdown construct off leaves paragraphs and
 * line endings, which is all the pipeline reads, and makes parsing several
 * times cheaper.
 */
import type { Processor } from "unified";

/** Every micromark construct but paragraphs and line endings. */
const CONSTRUCTS = [
  "attention",
  "autolink",
  "blockQuote",
  "characterEscape",
  "characterReference",
  "codeFenced",
  "codeIndented",
  "codeText",
  "definition",
  "hardBreakEscape",
  "headingAtx",
  "htmlFlow",
  "htmlText",
  "labelEnd",
  "labelStartImage",
  "labelStartLink",
  "list",
  "setextUnderline",
  "thematicBreak",
];

/**
 * @example
 * unified().use(remarkParse).use(plainTextSyntax).parse("# Judul\n* satu")
 * //=> root with one paragraph: "# Judul\n* satu"
 */
export default function plainTextSyntax(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push({ disable: { null: CONSTRUCTS } });
}
