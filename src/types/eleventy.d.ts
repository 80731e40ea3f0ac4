// The part of Eleventy's programmatic API that linimasa uses (the package
// ships JavaScript without type declarations).
declare module "@11ty/eleventy" {
  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    runMode?: "build" | "watch" | "serve";
    config?: (eleventyConfig: unknown) => void | Promise<void>;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    disableLogger(): void;
    init(): Promise<void>;
    watch(): Promise<void>;
    serve(port: number): Promise<void>;
  }
}
