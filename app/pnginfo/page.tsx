import type { Metadata } from "next";
import { PngInfoPanel } from "@/components/png-info/png-info-panel";

export const metadata: Metadata = { title: "PNG Info · Prompt Studio" };

export default function PngInfoPage() {
  return <PngInfoPanel />;
}
