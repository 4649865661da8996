// The passphrase estimator with its word lists, in a chunk of its own (loaded by passphraseStrength.ts
// on first use). English lists are keyed apart from the Finnish ones, which use the same names.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as fi from '@zxcvbn-ts/language-fi';

export function makeEstimator() {
  const english = Object.fromEntries(Object.entries(en.dictionary).map(([name, words]) => [`en-${name}`, words]));
  const factory = new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...fi.dictionary, ...english },
    graphs: common.adjacencyGraphs,
  });
  return (passphrase: string) => {
    // Matching time grows fast with length; the first 48 characters decide (a longer passphrase
    // is judged by them alone, which can only underrate it).
    const result = factory.check(passphrase.slice(0, 48));
    const common = result.sequence.some((match) => 'dictionaryName' in match && match.dictionaryName === 'passwords-common');
    return { guessesLog10: result.guessesLog10, common };
  };
}
