/**
 * Calls `fn` at most once per `intervalMs`, always delivering the latest call (trailing edge).
 * `flush` delivers a pending call now; `cancel` drops it.
 */
export function throttle(
  fn: () => void,
  intervalMs: number,
): { call(): void; flush(): void; cancel(): void } {
  let last = 0;
  let timer: NodeJS.Timeout | undefined;
  const run = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    last = Date.now();
    fn();
  };
  return {
    call() {
      const wait = last + intervalMs - Date.now();
      if (wait <= 0) run();
      else timer ??= setTimeout(run, wait);
    },
    flush() {
      if (timer) run();
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}
