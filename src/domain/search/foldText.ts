/**
 * Folds text for matching: Turkish-aware lower case (I → ı, İ → i), accents and
 * cedillas dropped, dotless ı read as i. "DIŞİŞLERİ", "Dışişleri" and "disisleri"
 * fold alike; so do "RUSYA" and "rusya". For matching only: sort with a collator.
 * @example foldText('DIŞİŞLERİ') // 'disisleri'
 */
export function foldText(text: string): string {
  return text.toLocaleLowerCase('tr').normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i');
}

/**
 * Splits text into folded words; apostrophes split a Turkish suffix from its stem
 * ("Rusya'nın" → "rusya", "nin").
 * @example tokenize("Kuzey Kore’nin") // ['kuzey', 'kore', 'nin']
 */
export function tokenize(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}
