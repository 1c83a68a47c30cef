import { z } from "zod";

// Runs in the browser before the app: zod would otherwise probe `new Function("")` on its first object parse to decide
// whether to compile fast parsers, and under the Content-Security-Policy (no 'unsafe-eval') that probe is a violation.
z.config({ jitless: true });
