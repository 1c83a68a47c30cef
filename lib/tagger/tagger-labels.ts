/** How a tagger's output is used: ratings are reported apart, characters get their own (higher) threshold. */
export type TagKind = "rating" | "general" | "character";

/** One output of a WD-style tagger, in the order of the model's output vector. */
export interface TaggerLabel {
  /** Danbooru's name, underscored: long_hair, hatsune_miku, ^_^. */
  name: string;
  kind: TagKind;
  /** Danbooru's category number as the file gives it (9 rating, 0 general, 4 character). */
  category: number;
}

// Danbooru categories as WD taggers use them; other categories (artist, copyright, meta) count as general tags.
const KIND_OF: Record<number, TagKind> = { 9: "rating", 0: "general", 4: "character" };

/**
 * Parses a tagger's selected_tags.csv (`tag_id,name,category,count`, one header line; quoted fields allowed) into its
 * labels, in order; throws an Error naming the line that cannot be read.
 * @example parseTaggerLabels("tag_id,name,category,count\n9999999,general,9,807366\n470575,1girl,0,4225150")
 * // [{ name: "general", kind: "rating", category: 9 }, { name: "1girl", kind: "general", category: 0 }]
 */
export function parseTaggerLabels(csv: string): TaggerLabel[] {
  const lines = csv.replace(/^\uFEFF/, "").split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? "").map((h) => h.trim());
  const nameAt = header.indexOf("name");
  const categoryAt = header.indexOf("category");
  if (nameAt < 0 || categoryAt < 0) throw new Error(`selected_tags.csv: expected a header with "name" and "category", found "${lines[0] ?? ""}"`);
  const labels: TaggerLabel[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    const fields = splitCsvLine(lines[i]);
    const name = fields[nameAt]?.trim();
    const category = Number(fields[categoryAt]);
    if (!name || !Number.isInteger(category)) throw new Error(`selected_tags.csv line ${i + 1}: expected a name and a whole-number category`);
    labels.push({ name, kind: KIND_OF[category] ?? "general", category });
  }
  return labels;
}

// RFC 4180 fields: commas inside double quotes, "" for a quote.
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") fields.push(field), (field = "");
    else field += c;
  }
  fields.push(field);
  return fields;
}
