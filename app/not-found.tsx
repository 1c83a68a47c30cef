import { NotFoundMessage } from "@/components/cards/not-found-message";

/** Any address the app does not have: said in both languages, with the ways back. */
export default function NotFound() {
  return <NotFoundMessage what="page" />;
}
