// Preloaded (node -r) into the baseline's Eleventy process: reports its peak
// resident memory on exit, so the baseline is measured like linimasa's build.
process.on("exit", () => process.stderr.write(`\nlinimasa-bench-max-rss-kb:${process.resourceUsage().maxRSS}\n`));
