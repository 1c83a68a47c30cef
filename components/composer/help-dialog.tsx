"use client";

import { useEffect, useRef } from "react";
import type { Messages } from "../i18n/messages";

/** The keyboard shortcuts, in a modal dialog (Escape closes it). */
export function HelpDialog({ open, onClose, t }: { open: boolean; onClose: () => void; t: Messages }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
    if (!open && dialog.current?.open) dialog.current.close();
  }, [open]);
  return (
    <dialog ref={dialog} onClose={onClose} aria-label={t.help} className="m-auto rounded-xl p-5 backdrop:bg-black/40 dark:bg-stone-900 dark:text-stone-100">
      <h2 className="mb-3 text-base font-semibold">{t.help}</h2>
      <table className="text-sm">
        <tbody>
          {t.shortcuts.map(([keys, what]) => (
            <tr key={keys}><td className="py-1 pr-4 font-mono text-xs whitespace-nowrap">{keys}</td><td className="py-1">{what}</td></tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onClose} className="mt-4 rounded-md border border-stone-300 px-3 py-1 text-xs dark:border-stone-700">{t.close}</button>
    </dialog>
  );
}
