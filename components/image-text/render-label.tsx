import "server-only";
import { imageFontsFor } from "@/lib/fonts/cjk-font.server";
import { renderPng } from "./render-png";

/** How a label looks; every field has a default. */
export interface LabelStyle {
  fontSize?: number;
  bold?: boolean;
  color?: string;
  background?: string;
  align?: "left" | "center" | "right";
  padding?: number;
}

/**
 * A text label (Chinese, English or mixed; several lines with "\n") as PNG bytes of exactly width × height, drawn with
 * the bundled Noto Sans SC and never a font from the network: for grids and captions composited onto images.
 * @example await renderLabelPng("步数 20 · Steps 20", { width: 256, height: 48 }, { fontSize: 20 }) // PNG bytes
 */
export async function renderLabelPng(text: string, size: { width: number; height: number }, style: LabelStyle = {}): Promise<Uint8Array> {
  const weight = style.bold ? 700 : 400;
  const { fonts, texts: [drawn] } = imageFontsFor([text], [weight]);
  const justify = style.align === "left" ? "flex-start" : style.align === "right" ? "flex-end" : "center";
  return renderPng(
    <div style={{
      width: "100%", height: "100%", display: "flex", flexDirection: "column", alignItems: justify, justifyContent: "center",
      padding: style.padding ?? 8, background: style.background ?? "#ffffff", color: style.color ?? "#111111",
      fontSize: style.fontSize ?? 24, fontWeight: weight, textAlign: style.align ?? "center",
    }}>
      {drawn.split("\n").map((line, i) => <div key={i} style={{ display: "flex" }}>{line}</div>)}
    </div>,
    size,
    fonts,
  );
}
