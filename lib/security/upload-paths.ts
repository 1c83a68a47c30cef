/**
 * The routes that take large uploads (PNG Info, tagging, img2img renders). They read their own bodies as they arrive,
 * counting against their own limits, so neither proxy.ts (see its matcher) nor the body gate in front of Next
 * (body-gate.server.ts) reads them first; `guarded` runs the network boundary's checks in the route instead.
 */
export const UPLOAD_PATHS: readonly string[] = ["/api/pnginfo", "/api/tag-image", "/api/render"];
