import type { Metadata } from "next";
import { Gallery } from "@/components/cards/gallery";

export const metadata: Metadata = { title: "Cards · Prompt Studio" };

export default function CardsPage() {
  return <Gallery />;
}
