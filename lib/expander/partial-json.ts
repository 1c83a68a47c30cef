/** What `parsePartialJson` read: the value so far, whether the text closed it, and which containers were cut off. */
export interface PartialJson {
  value: unknown;
  complete: boolean;
  /** Index just past the value (the text after it, prose for instance, is ignored). */
  end: number;
  /** Objects and arrays the text ended inside of: their last member may be missing. */
  incomplete: WeakSet<object>;
}

const CUT = Symbol("cut");
const ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f" };

/**
 * Parses one JSON value starting at `start` as far as the text goes, for replies still streaming in: a string or
 * number cut off at the end is dropped, objects and arrays keep their finished members (a cut-off container member
 * is kept, marked incomplete). Trailing commas are forgiven. Null when the text is not JSON.
 * @example parsePartialJson('{"tags":[{"tag":"cat"},{"tag":"do').value // { tags: [{ tag: "cat" }, {}] }
 */
export function parsePartialJson(text: string, start = 0): PartialJson | null {
  const incomplete = new WeakSet<object>();
  let i = start;
  let cut = false;

  const atEnd = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (i >= text.length) cut = true;
    return cut;
  };
  const parseValue = (): unknown => {
    if (atEnd()) return CUT;
    const c = text[i];
    if (c === "{" || c === "[") return parseContainer(c === "{" ? {} : []);
    if (c === '"') return parseString();
    if (c === "-" || (c >= "0" && c <= "9")) return parseNumber();
    for (const [word, value] of [["true", true], ["false", false], ["null", null]] as const) {
      const have = text.slice(i, i + word.length);
      if (have === word) return (i += word.length), value;
      if (word.startsWith(have) && i + have.length >= text.length) return (cut = true), CUT;
    }
    throw new SyntaxError(`unexpected "${c}" at ${i}`);
  };
  const parseContainer = (into: Record<string, unknown> | unknown[]) => {
    const close = Array.isArray(into) ? "]" : "}";
    i++;
    while (!atEnd()) {
      if (text[i] === close) return i++, into;
      if (text[i] === ",") {
        i++;
        continue;
      }
      let key = "";
      if (!Array.isArray(into)) {
        if (text[i] !== '"') throw new SyntaxError(`expected a key at ${i}`);
        const k = parseString();
        if (k === CUT || atEnd()) break;
        if (text[i] !== ":") throw new SyntaxError(`expected ":" at ${i}`);
        i++;
        key = k;
      }
      const value = parseValue();
      if (value === CUT) break;
      if (Array.isArray(into)) into.push(value);
      else into[key] = value;
      if (cut) break;
    }
    incomplete.add(into);
    return into;
  };
  const parseString = (): string | typeof CUT => {
    let out = "";
    for (i++; i < text.length; i++) {
      const c = text[i];
      if (c === '"') return i++, out;
      if (c !== "\\") out += c;
      else if (text[i + 1] === "u") {
        const hex = text.slice(i + 2, i + 6);
        if (hex.length < 4) break;
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new SyntaxError(`bad escape at ${i}`);
        out += String.fromCharCode(parseInt(hex, 16));
        i += 5;
      } else if (i + 1 < text.length) out += ESCAPES[text[++i]] ?? text[i];
    }
    cut = true;
    return CUT;
  };
  const parseNumber = (): number | typeof CUT => {
    const m = /^-?\d*(?:\.\d*)?(?:[eE][+-]?\d*)?/.exec(text.slice(i))![0];
    i += m.length;
    if (i >= text.length) return (cut = true), CUT;
    const n = Number(m);
    if (!Number.isFinite(n) || m === "-" || m === "") throw new SyntaxError(`bad number at ${i}`);
    return n;
  };

  try {
    const value = parseValue();
    return { value: value === CUT ? undefined : value, complete: !cut, end: i, incomplete };
  } catch {
    return null;
  }
}
