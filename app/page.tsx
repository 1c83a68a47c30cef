import { Composer } from "@/components/composer/composer";

export default function HomePage() {
  return <Composer />;
}
