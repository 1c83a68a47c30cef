import { NotFoundMessage } from "@/components/cards/not-found-message";

/** /c/<slug> for a card that does not exist or was deleted: said in both languages, with the ways back. */
export default function CardNotFound() {
  return <NotFoundMessage what="card" />;
}
