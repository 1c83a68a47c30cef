const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/**
 * The text of one property of an XMP packet, written as an element (simple, or with an rdf:Alt/Seq/Bag whose first
 * rdf:li is taken) or as an attribute of rdf:Description; XML entities decoded. Undefined when absent. Matches the
 * prefix as written (XMP writers use the usual ones: xmp:, exif:, dc:). Scans with indexOf, so hostile packets cost
 * linear time.
 * @example readXmpProperty('<rdf:Description xmp:CreatorTool="Draw Things"/>', "xmp:CreatorTool") // "Draw Things"
 */
export function readXmpProperty(xmp: string, name: string): string | undefined {
  const start = findTag(xmp, `<${name}`);
  if (start >= 0) {
    const tagEnd = xmp.indexOf(">", start);
    if (tagEnd >= 0 && xmp[tagEnd - 1] !== "/") {
      const close = xmp.indexOf(`</${name}>`, tagEnd);
      if (close < 0) return undefined;
      const inner = xmp.slice(tagEnd + 1, close);
      return decodeXmlText(firstListItem(inner) ?? inner);
    }
  }
  return readAttribute(xmp, name);
}

/**
 * Decodes XML character data: the five named entities and numeric ones; anything else is kept as written.
 * @example decodeXmlText("a &amp; b &#x732B;") // "a & b 猫"
 */
export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,4});/gi, (match, entity: string) => {
    if (entity[0] !== "#") return Object.hasOwn(ENTITIES, entity) ? ENTITIES[entity] : match;
    const code = entity[1] === "x" || entity[1] === "X" ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : match;
  });
}

// The first `<name` that is the whole tag name (followed by ">", "/" or white space).
function findTag(xmp: string, open: string): number {
  for (let at = xmp.indexOf(open); at >= 0; at = xmp.indexOf(open, at + 1)) {
    const next = xmp[at + open.length];
    if (next === ">" || next === "/" || next === " " || next === "\t" || next === "\n" || next === "\r") return at;
  }
  return -1;
}

function firstListItem(inner: string): string | undefined {
  const start = findTag(inner, "<rdf:li");
  if (start < 0) return undefined;
  const tagEnd = inner.indexOf(">", start);
  const close = tagEnd < 0 ? -1 : inner.indexOf("</rdf:li>", tagEnd);
  return close < 0 ? undefined : inner.slice(tagEnd + 1, close);
}

function readAttribute(xmp: string, name: string): string | undefined {
  for (let at = xmp.indexOf(name); at >= 0; at = xmp.indexOf(name, at + 1)) {
    if (!/\s/.test(xmp[at - 1] ?? "")) continue;
    let i = at + name.length;
    while (xmp[i] === " ") i++;
    if (xmp[i++] !== "=") continue;
    while (xmp[i] === " ") i++;
    const quote = xmp[i];
    if (quote !== '"' && quote !== "'") continue;
    const end = xmp.indexOf(quote, i + 1);
    return end < 0 ? undefined : decodeXmlText(xmp.slice(i + 1, end));
  }
  return undefined;
}
