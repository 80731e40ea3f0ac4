/**
 * Ends a command once everything it wrote has left the process. Standard
 * output to a pipe is written asynchronously once a write outgrows the pipe's
 * buffer (64 KiB), so calling `process.exit` right after a large write — the
 * `--json` report of ten thousand articles — would cut the output short.
 */

const flushed = (stream: NodeJS.WriteStream): Promise<void> => new Promise((resolve) => stream.write("", () => resolve()));

/**
 * Exit with `code` after standard output and standard error are flushed.
 *
 * @example
 * process.stdout.write(hugeJson);
 * await exitWhenFlushed(0); // the reader gets every byte
 */
export async function exitWhenFlushed(code: number): Promise<never> {
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
}
