// A translated sentence that contains a family's pseudonym code ("Timeline of family DEMO-101"),
// with the code drawn as PseudonymCode so the sentence may wrap between its words but never inside
// the code. The sentence is built by the catalogue as usual; only its first occurrence of the code
// is wrapped.
import { PseudonymCode } from './PseudonymCode';

export function TextWithCode({ text, code }: { text: string; code: string }) {
  const at = code ? text.indexOf(code) : -1;
  if (at === -1) return text;
  return (
    <>
      {text.slice(0, at)}
      <PseudonymCode code={code} />
      {text.slice(at + code.length)}
    </>
  );
}
