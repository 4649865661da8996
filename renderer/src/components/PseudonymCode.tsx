// A family's pseudonym code as shown anywhere in the app: one unbreakable word (never wrapped at its
// hyphen as "DEMO- / 101"), not translated or hyphenated. The class .pseudonym-code in styles.css.
export function PseudonymCode({ code }: { code: string }) {
  return (
    <span className="pseudonym-code" translate="no">
      {code}
    </span>
  );
}
