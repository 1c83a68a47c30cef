import type { Metadata } from "next";
import { Gallery } from "@/components/cards/gallery";
import { teamMode } from "@/lib/auth/current-user.server";

export const metadata: Metadata = { title: "Cards · Prompt Studio" };
// Team mode is read from the server's environment at request time, not at build time.
export const dynamic = "force-dynamic";

export default function CardsPage() {
  return <Gallery team={teamMode()} />;
}
