/**
 * TypeScript identifiers derived from state names: "Check Stock Price" → CheckStockPrice
 * (types) and checkStockPrice (values). The rules are deterministic so regenerating never
 * renames anything that did not change:
 * - words are runs of letters and digits; each word's first letter is capitalised, the rest
 *   kept as written;
 * - a name that starts with a digit, or has no letters, gets the prefix `State`;
 * - names that come out the same (ignoring case) are numbered in the order given, the first
 *   keeping the plain name: CheckStock, CheckStock2, … skipping numbers another name already has;
 * - every identifier carries a suffix (Event, Result, …), so none is a reserved word, and each
 *   is checked all the same.
 */

export interface ContractNames {
  /** The shared stem, PascalCase: `CheckStockPrice`. */
  readonly base: string;
  readonly event: string;
  readonly result: string;
  readonly handler: string;
  readonly eventSchema: string;
  readonly resultSchema: string;
  /** A file name stem for the handler stub: `check-stock-price`. */
  readonly fileStem: string;
}

const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for function if import in " +
    "instanceof new null return super switch this throw true try typeof var void while with implements interface let package private " +
    "protected public static yield await any boolean never number object string symbol unknown undefined bigint type as of"
  ).split(" "),
);

/** PascalCase words of a state name, made a valid identifier start. */
export function pascalCase(text: string): string {
  const words = text.normalize("NFC").match(/[\p{L}\p{Nd}\p{Mn}\p{Mc}\p{Pc}]+/gu) ?? [];
  const joined = words
    .flatMap((word) => word.split("_"))
    .filter((word) => word.length > 0)
    .map((word) => {
      const [first = "", ...rest] = [...word];
      return first.toUpperCase() + rest.join("");
    })
    .join("");
  if (joined.length === 0) return "State";
  return /^\p{ID_Start}/u.test(joined) ? joined : `State${joined}`;
}

/** camelCase of a PascalCase name: the leading capital, or a leading acronym, in lower case. */
export function camelCase(pascal: string): string {
  const run = /^\p{Lu}+/u.exec(pascal)?.[0] ?? "";
  if (run.length <= 1) return pascal.charAt(0).toLowerCase() + pascal.slice(1);
  // "URLFetch" → "urlFetch": the acronym's last capital starts the next word.
  const keep = run.length < pascal.length && /\p{Ll}/u.test(pascal.charAt(run.length)) ? run.length - 1 : run.length;
  return pascal.slice(0, keep).toLowerCase() + pascal.slice(keep);
}

function kebabCase(pascal: string): string {
  return pascal
    .replace(/(\p{Ll}|\p{Nd})(\p{Lu})/gu, "$1-$2")
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, "$1-$2")
    .toLowerCase();
}

function checked(identifier: string): string {
  return RESERVED.has(identifier) ? `${identifier}_` : identifier;
}

/** Names for each state, unique among the states given (see the rules above). */
export function contractNames(stateNames: readonly string[]): ReadonlyMap<string, ContractNames> {
  const listed = contractNamesInOrder(stateNames);
  return new Map(stateNames.map((name, i) => [name, listed[i]!]));
}

/** Names for each text in order, unique among them even where two texts are the same. */
export function contractNamesInOrder(stateNames: readonly string[]): ContractNames[] {
  const natural = stateNames.map(pascalCase);
  const count = new Map<string, number>();
  for (const base of natural) count.set(base.toLowerCase(), (count.get(base.toLowerCase()) ?? 0) + 1);
  // Every plain name is spoken for first, so a numbered name never takes one a state has.
  const taken = new Set(natural.map((base) => base.toLowerCase()));
  const firstSeen = new Set<string>();
  return stateNames.map((_, i) => {
    let base = natural[i]!;
    const key = base.toLowerCase();
    if (count.get(key)! > 1 && firstSeen.has(key)) {
      let n = 2;
      while (taken.has(`${key}${n}`)) n++;
      base = `${base}${n}`;
      taken.add(base.toLowerCase());
    }
    firstSeen.add(key);
    const value = camelCase(base);
    return {
      base,
      event: checked(`${base}Event`),
      result: checked(`${base}Result`),
      handler: checked(`${base}Handler`),
      eventSchema: checked(`${value}EventSchema`),
      resultSchema: checked(`${value}ResultSchema`),
      fileStem: kebabCase(base),
    };
  });
}
