/**
 * Lets a progress report through at most once per `intervalMs` (the first always): a worker writes a job's row a few
 * times a second however fast the sampler steps, so the database load of a job does not grow with its steps.
 * @example const pass = createThrottle(250); pass(0) // true; pass(100) // false; pass(260) // true
 */
export function createThrottle(intervalMs: number): (now: number) => boolean {
  let last = -Infinity;
  return (now) => {
    if (now - last < intervalMs) return false;
    last = now;
    return true;
  };
}
