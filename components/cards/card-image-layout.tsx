import type { Card } from "@/lib/cards/card";

const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The card as a 1200×630 picture (Open Graph image and PNG export), laid out for next/og: inline styles only.
 * Text is drawn with the bundled Latin font, so Chinese in titles may not render; prompts are English tags.
 */
export function CardImageLayout({ card, preview }: { card: Card; preview: string | null }) {
  const params = [card.params.Sampler, card.params.Steps && `${card.params.Steps} steps`, card.params["CFG scale"] && `CFG ${card.params["CFG scale"]}`,
    card.params.Seed && `seed ${card.params.Seed}`].filter(Boolean).join(" · ");
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", background: "#1c1917", color: "#fafaf9", padding: 48, fontSize: 26 }}>
      {preview ? <img src={preview} width={420} height={534} style={{ objectFit: "cover", borderRadius: 16, marginRight: 40 }} alt="" /> : null}
      <div style={{ display: "flex", flexDirection: "column", flex: 1 }}>
        <div style={{ fontSize: 20, color: "#a5b4fc", marginBottom: 12 }}>Prompt Studio</div>
        <div style={{ fontSize: 44, fontWeight: 700, marginBottom: 24 }}>{truncate(card.title, 60)}</div>
        <div style={{ display: "flex", lineHeight: 1.4, color: "#e7e5e4" }}>{truncate(card.prompt, preview ? 360 : 560)}</div>
        {card.negative ? <div style={{ display: "flex", marginTop: 20, fontSize: 20, color: "#a8a29e" }}>{`Negative: ${truncate(card.negative, 160)}`}</div> : null}
        <div style={{ marginTop: "auto", fontSize: 20, color: "#fbbf24" }}>{params}</div>
      </div>
    </div>
  );
}
