import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { CardView } from "@/components/cards/card-view";
import { getDictionary } from "@/lib/dictionary/store.server";
import { translatePrompt } from "@/lib/dictionary/translate";
import { requestOrigin } from "@/lib/security/request-origin";
import { getSecurityPolicy } from "@/lib/security/server-policy";
import { loadCard } from "./load-card";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const card = await loadCard((await params).slug);
  if (!card) return { title: "卡片不存在 · Card not found · Prompt Studio" };
  const description = card.prompt.slice(0, 200);
  return {
    // og:image and the canonical links: PUBLIC_URL, else the address this request came to (its Host was checked by proxy.ts).
    metadataBase: new URL(requestOrigin(getSecurityPolicy(), (await headers()).get("host"))),
    title: `${card.title} · Prompt Studio`,
    description,
    openGraph: { title: card.title, description, type: "article", siteName: "Prompt Studio" },
    twitter: { card: "summary_large_image", title: card.title, description },
    robots: card.unlisted ? { index: false } : undefined,
  };
}

/** /c/<slug>: a shared prompt card, readable by anyone with the link. */
export default async function CardPage({ params }: Props) {
  const card = await loadCard((await params).slug);
  if (!card) notFound();
  const dict = await getDictionary();
  const glosses = {
    prompt: translatePrompt(dict, card.prompt, "en-zh").tags,
    negative: translatePrompt(dict, card.negative, "en-zh").tags,
  };
  return <CardView card={card} glosses={glosses} />;
}
