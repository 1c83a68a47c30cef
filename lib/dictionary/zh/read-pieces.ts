import { lookupTag, type Dictionary } from "../dictionary";
import { colourFor, type GrammarRole } from "./grammar";
import type { Piece, WordSources } from "./segment";

/** One tag read from Chinese, or a fragment nothing could read. */
export interface ReadTag {
  source: string;
  target: string;
  known: boolean;
  /** Where the reading came from: a dictionary tag or phrase, a grammar rule, or the general lexicon. */
  from: "dictionary" | "rule" | "lexicon" | "unknown" | "written" | "llm";
}

const MAX_PEOPLE = 6;

/**
 * Turns segmented words into tags, reading the grammar a Chinese user writes: counts (两个女孩 → 2girls), colour
 * before hair or eyes (黑色长发 → black hair, long hair; 金色眼睛 → yellow eyes), wearing, holding and looking verbs
 * (穿着, 拿着 伞 → holding umbrella, 看着观众 → looking at viewer), measure words (一碗 → bowl) and particles.
 */
export function readPieces(dict: Dictionary, sources: WordSources, input: Piece[]): ReadTag[] {
  const pieces = mergeCompounds(dict, joinAcrossDe(sources, input));
  const out: ReadTag[] = [];
  const emit = (source: string, target: string, from: ReadTag["from"]) => {
    const canonical = from === "unknown" ? target : (lookupTag(dict, target)?.entry.tag ?? target);
    if (!out.some((t) => t.target === canonical)) out.push({ source, target: canonical, known: from !== "unknown", from });
  };
  const nextContent = (from: number) => {
    let j = from;
    while (pieces[j]?.kind === "grammar" && (pieces[j] as Extract<Piece, { kind: "grammar" }>).grammar.role === "filler") j++;
    return j;
  };
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (piece.kind === "tag") emit(piece.zh, piece.entry.entry.tag, "dictionary");
    else if (piece.kind === "phrase") piece.tags.forEach((tag) => emit(piece.zh, tag, "dictionary"));
    else if (piece.kind === "word") emit(piece.zh, piece.english, "lexicon");
    // A lone character nothing could read is reported but kept out of the prompt: it would be a stray glyph there.
    else if (piece.kind === "unknown") out.push({ source: piece.zh, target: piece.zh.length > 1 ? piece.zh : "", known: false, from: "unknown" });
    else {
      const g = piece.grammar;
      if (g.role === "number") {
        let j = i + 1;
        let measure: GrammarRole | false = g.measure ?? (pieces[j]?.kind === "grammar" && (pieces[j] as Extract<Piece, { kind: "grammar" }>).grammar);
        if (g.measure) j = i + 1;
        else if (measure && measure.role === "measure") j++;
        else measure = false;
        const person = pieces[j]?.kind === "grammar" && (pieces[j] as Extract<Piece, { kind: "grammar" }>).grammar;
        if (person && person.role === "person" && person.gender !== "other") {
          emit(pieces.slice(i, j + 1).map((p) => p.zh).join(""), peopleTag(g.value, person.gender), "rule");
          i = j;
        } else if (measure && measure.role === "measure" && measure.tag) {
          emit(pieces.slice(i, j).map((p) => p.zh).join(""), measure.tag, "rule");
          i = j - 1;
        } else if (measure) i = j - 1;
      } else if (g.role === "noun") emit(piece.zh, g.tag, "rule");
      else if (g.role === "material") {
        const j = nextContent(i + 1);
        const noun = pieces[j];
        const name = noun?.kind === "grammar" && noun.grammar.role === "noun" ? noun.grammar.tag
          : noun?.kind === "tag" && noun.entry.entry.tag.split(" ").length <= 2 ? noun.entry.entry.tag
          : noun?.kind === "word" && noun.english.split(" ").length <= 2 ? noun.english : null;
        // Alone, the word is its own entry where the dictionary has one (和风 → japanese style, not a bare "japanese").
        const own = sources.tagOf(piece.zh);
        if (name) {
          emit(pieces.slice(i, j + 1).map((p) => p.zh).join(""), `${g.name} ${name}`, "rule");
          i = j;
        } else if (own) emit(piece.zh, own.entry.tag, "dictionary");
        else emit(piece.zh, g.name, "rule");
      } else if (g.role === "person" && g.gender !== "other") emit(piece.zh, peopleTag(1, g.gender), "rule");
      else if (g.role === "hair" || g.role === "eyes") nameFeature(dict, pieces, i, g.role, out);
      else if (g.role === "measure" && g.tag) emit(piece.zh, g.tag, "rule");
      else if (g.role === "colour") i = readColour(pieces, i, nextContent(i + 1), g.name, emit);
      else if (g.role === "hold" || g.role === "look") {
        const j = nextContent(i + 1);
        const object = pieces[j];
        const verb = g.role === "hold" ? "holding" : "looking at";

        if (object?.kind === "grammar" && object.grammar.role === "colour") {
          // 撑着黑色的伞: read the coloured noun first, then say what is held (holding umbrella, black umbrella).
          const before = out.length;
          i = readColour(pieces, j, nextContent(j + 1), object.grammar.name, emit);
          const coloured = out[before]?.target.split(" ").slice(1).join(" ");
          if (coloured && out.length > before) out.splice(before, 0, { source: piece.zh, target: `${verb} ${coloured}`, known: true, from: "rule" });
          continue;
        }
        if (g.role === "look" && object?.kind === "grammar" && object.grammar.role === "viewer") {
          emit(piece.zh + object.zh, "looking at viewer", "rule");
          i = j;
        } else if (object && (object.kind === "tag" || object.kind === "word")) {
          const noun = object.kind === "tag" ? object.entry.entry.tag : object.english;
          const known = lookupTag(dict, `${verb} ${noun}`);
          if (known || noun.split(" ").length <= 2) emit(piece.zh + object.zh, known?.entry.tag ?? `${verb} ${noun}`, "rule");
          else {
            emit(piece.zh, verb === "holding" ? "holding" : "looking at another", "rule");
            emit(object.zh, noun, object.kind === "tag" ? "dictionary" : "lexicon");
          }
          i = j;
        }
      }
    }
  }
  return out;
}

// 凌乱的头发, 蓬松的头发: the word read just before (的 between) and hair or eyes make a tag the dictionary has (messy hair):
// it takes the place of the bare word (messy). Otherwise the word stays as it was read.
function nameFeature(dict: Dictionary, pieces: Piece[], i: number, feature: "hair" | "eyes", out: ReadTag[]): void {
  let j = i - 1;
  while (j >= 0 && pieces[j].kind === "grammar" && (pieces[j] as Extract<Piece, { kind: "grammar" }>).grammar.role === "filler") j--;
  const last = out.at(-1);
  const before = pieces[j];
  if (!last || !before || (before.kind !== "tag" && before.kind !== "word") || last.source !== before.zh) return;
  const named = lookupTag(dict, `${last.target} ${feature}`);
  if (named && !out.some((t) => t.target === named.entry.tag)) out[out.length - 1] = { source: pieces.slice(j, i + 1).map((p) => p.zh).join(""), target: named.entry.tag, known: true, from: "rule" };
}

function peopleTag(count: number, gender: "girl" | "boy"): string {
  if (count <= 1) return `1${gender}`;
  return count >= MAX_PEOPLE ? `6+${gender}s` : `${count}${gender}s`;
}

// Colour + (的) + noun: hair and eyes get their own colour tags, anything else the colour as its modifier.
function readColour(pieces: Piece[], i: number, j: number, name: string, emit: (s: string, t: string, f: ReadTag["from"]) => void): number {
  const noun = pieces[j];
  const source = pieces.slice(i, j + 1).map((p) => p.zh).join("");
  if (noun?.kind === "grammar" && (noun.grammar.role === "hair" || noun.grammar.role === "eyes")) {
    emit(source, `${colourFor(name, noun.grammar.role)} ${noun.grammar.role}`, "rule");
    return j;
  }
  if (noun?.kind === "tag" && noun.entry.entry.category === "appearance" && /hair/.test(noun.entry.entry.sub) && !/ (hair|eyes)$/.test(noun.entry.entry.tag)) {
    // 粉色双马尾: the colour is the hair's, the style a tag of its own.
    emit(source, `${colourFor(name, "hair")} hair`, "rule");
    emit(noun.zh, noun.entry.entry.tag, "dictionary");
    return j;
  }
  if (noun?.kind === "tag" && / (hair|eyes)$/.test(noun.entry.entry.tag)) {
    const part = noun.entry.entry.tag.endsWith("hair") ? "hair" : "eyes";
    const ours = `${colourFor(name, part)} ${part}`;
    emit(source, ours, "rule");
    // 红蓝色头发: two colours, both the hair's (and the hair is multicoloured).
    if (/^(hair|eye) colour$/.test(noun.entry.entry.sub) && noun.entry.entry.tag !== ours) {
      emit(noun.zh, noun.entry.entry.tag, "dictionary");
      if (part === "hair") emit(source, "multicolored hair", "rule");
      return j;
    }
    // 黑色长发: the length is a tag of its own; 金色眼睛 names nothing more than the colour.
    if (!/^(\w+ )?(eyes|hair)$/.test(noun.entry.entry.tag) || /^(long|short|medium|very long|very short) hair$/.test(noun.entry.entry.tag)) emit(noun.zh, noun.entry.entry.tag, "dictionary");
    return j;
  }
  if (noun?.kind === "grammar" && noun.grammar.role === "noun") {
    emit(source, `${colourFor(name, "other")} ${noun.grammar.tag}`, "rule");
    return j;
  }
  if (noun?.kind === "tag" && noun.entry.entry.tag.split(" ").length <= 2 && ["clothing", "subject", "scene"].includes(noun.entry.entry.category)) {
    emit(source, `${colourFor(name, "other")} ${noun.entry.entry.tag}`, "rule");
    return j;
  }
  if (noun?.kind === "word" && noun.english.split(" ").length <= 2) {
    emit(source, `${colourFor(name, "other")} ${noun.english}`, "rule");
    return j;
  }
  emit(pieces[i].zh, colourFor(name, "other"), "rule");
  return i;
}

const englishOf = (p: Piece | undefined) => (p?.kind === "tag" ? p.entry.entry.tag : p?.kind === "word" ? p.english : null);

// Neighbours whose English makes a known tag together (湿透的衣服 → wet clothes; 恶魔女孩 → demon girl + 1girl).
function mergeCompounds(dict: Dictionary, pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const a = pieces[i];
    const j = pieces[i + 1]?.zh === "的" ? i + 2 : i + 1;
    const b = pieces[j];
    const first = englishOf(a);
    if (first && b?.kind === "grammar" && b.grammar.role === "person" && b.grammar.gender !== "other") {
      const person = lookupTag(dict, `${first} ${b.grammar.gender}`);
      if (person) {
        out.push({ kind: "phrase", zh: pieces.slice(i, j + 1).map((p) => p.zh).join(""), tags: [person.entry.tag, `1${b.grammar.gender}`] });
        i = j;
        continue;
      }
    }
    const second = englishOf(b);
    const compound = first && second ? lookupTag(dict, `${first} ${second}`) : undefined;
    if (compound && !first!.includes(second!)) {
      out.push({ kind: "tag", zh: pieces.slice(i, j + 1).map((p) => p.zh).join(""), entry: compound });
      i = j;
      continue;
    }
    out.push(a);
  }
  return out;
}

// 柔和的光线: when the words on both sides of 的 make a known key together, that key is meant.
function joinAcrossDe(sources: WordSources, pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const [a, de, b] = [pieces[i], pieces[i + 1], pieces[i + 2]];
    if (de?.zh === "的" && b && a.kind !== "grammar" && b.kind !== "grammar") {
      const key = a.zh + b.zh;
      const phrase = sources.phraseOf(key);
      const entry = sources.tagOf(key);
      if (phrase || entry) {
        out.push(phrase ? { kind: "phrase", zh: key, tags: phrase } : { kind: "tag", zh: key, entry: entry! });
        i += 2;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
