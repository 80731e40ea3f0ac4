/**
 * What the article pipeline keeps on `file.data`, typed by augmenting
 * vfile's `DataMap` (the unified convention): the caller's inputs (who the
 * file is, its front matter) and the one result of reading.
 */
import type { FrontMatter } from "../../ingest/front-matter.ts";
import type { Reading } from "./reading.ts";

declare module "vfile" {
  interface DataMap {
    /** Who the file is: its URL slug, name in the seeds folder and content hash (given by the caller). */
    article: { id: string; name: string; hash: string };
    /** Front matter, validated (`src/ingest/front-matter.ts`; given by the caller). */
    frontMatter: FrontMatter;
    /** What reading found (collect-reading). */
    reading: Reading;
  }
}
