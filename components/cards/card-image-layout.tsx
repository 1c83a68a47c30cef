import type { Card } from "@/lib/cards/card";
import type { FittedPreview } from "@/lib/cards/fit-inside";

const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The box the preview image is fitted into, keeping its aspect ratio. */
export const CARD_PREVIEW_BOX = { width: 420, height: 534 };

/** The texts a card picture shows, shortened to fit. */
export interface CardImageTexts {
  title: string;
  prompt: string;
  negative: string;
  params: string;
}

/** The card's texts as the picture draws them (the prompt shorter when a preview takes half the width). */
export function cardImageTexts(card: Card, withPreview = card.hasImage): CardImageTexts {
  const params = [card.params.Sampler, card.params.Steps && `${card.params.Steps} steps`, card.params["CFG scale"] && `CFG ${card.params["CFG scale"]}`,
    card.params.Seed && `seed ${card.params.Seed}`].filter(Boolean).join(" · ");
  return {
    title: truncate(card.title, 60),
    prompt: truncate(card.prompt, withPreview ? 360 : 560),
    negative: card.negative ? `Negative: ${truncate(card.negative, 160)}` : "",
    params,
  };
}

/** The card as a 1200×630 picture (Open Graph image and PNG export), laid out for next/og: inline styles only. */
export function CardImageLayout({ texts, preview }: { texts: CardImageTexts; preview: FittedPreview | null }) {
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", background: "#1c1917", color: "#fafaf9", padding: 48, fontSize: 26 }}>
      {preview ? (
        <div style={{ display: "flex", width: CARD_PREVIEW_BOX.width, height: CARD_PREVIEW_BOX.height, alignItems: "center", justifyContent: "center", marginRight: 40 }}>
          <img src={preview.src} width={preview.width} height={preview.height} style={{ borderRadius: 16 }} alt="" />
        </div>
      ) : null}
      <div style={{ display: "flex", flexDirection: "column", flex: 1 }}>
        <div style={{ fontSize: 20, color: "#a5b4fc", marginBottom: 12 }}>Prompt Studio</div>
        <div style={{ fontSize: 44, fontWeight: 700, marginBottom: 24 }}>{texts.title}</div>
        <div style={{ display: "flex", lineHeight: 1.4, color: "#e7e5e4" }}>{texts.prompt}</div>
        {texts.negative ? <div style={{ display: "flex", marginTop: 20, fontSize: 20, color: "#a8a29e" }}>{texts.negative}</div> : null}
        <div style={{ marginTop: "auto", fontSize: 20, color: "#fbbf24" }}>{texts.params}</div>
      </div>
    </div>
  );
}
