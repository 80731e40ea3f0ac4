// Preloaded into a build (NODE_OPTIONS=--import) to move its wall clock:
// `new Date()`, `Date()` and `Date.now()` run FAKE_CLOCK_SHIFT_MS ahead, so
// any wall-clock time that reaches the output shows up as a difference.
const shift = Number(process.env.FAKE_CLOCK_SHIFT_MS ?? 0);
const RealDate = Date;
const now = () => RealDate.now() + shift;

globalThis.Date = new Proxy(RealDate, {
  construct: (target, args, newTarget) => Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget),
  apply: () => new RealDate(now()).toString(),
  get: (target, key, receiver) => (key === "now" ? now : Reflect.get(target, key, receiver)),
});
