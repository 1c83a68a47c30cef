import "server-only";
import { ImageResponse } from "next/og";
import type { ReactElement } from "react";
import type { ImageFont } from "@/lib/fonts/cjk-font.server";

/** Draws a next/og element as PNG bytes with the given fonts only (they must hold every character drawn). */
export async function renderPng(element: ReactElement, size: { width: number; height: number }, fonts: ImageFont[]): Promise<Uint8Array> {
  const response = new ImageResponse(element, { ...size, fonts });
  return new Uint8Array(await response.arrayBuffer());
}
