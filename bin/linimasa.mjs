#!/usr/bin/env node
// `node bin/linimasa.mjs COMMAND [OPTIONS]`, what the npm scripts run: the
// command's compiled JavaScript (bin/compile.mjs compiles the sources once
// per version of them), with the options after the command.
import { compiledModule } from "./compile.mjs";

const COMMANDS = { build: "cli/build", start: "cli/start", add: "cli/add", check: "cli/check", parse: "cli/parse", score: "cli/score", bench: "bench/run" };
const [command, ...args] = process.argv.slice(2);
if (!command || !(command in COMMANDS)) {
  process.stderr.write(`Usage: node bin/linimasa.mjs ${Object.keys(COMMANDS).join("|")} [options]\n`);
  process.exit(2);
}
// The command reads its options from process.argv, as when it runs alone.
process.argv = [process.argv[0], `linimasa ${command}`, ...args];
await import(await compiledModule(COMMANDS[command]));
