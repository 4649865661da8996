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
    useLevenshteinDistance: true,
  });
  return (passphrase: string) => {
    const result = factory.check(passphrase);
    const common = result.sequence.some((match) => 'dictionaryName' in match && match.dictionaryName === 'passwords-common');
    return { guessesLog10: result.guessesLog10, common };
  };
}
