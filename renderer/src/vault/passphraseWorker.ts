// The passphrase estimator in a worker of its own: its word lists (tens of megabytes once indexed)
// live and die with the worker, never in the app's page, and a check never blocks typing.
import { makeEstimator } from './passphraseDictionaries';

const estimate = makeEstimator();

onmessage = (event: MessageEvent<{ id: number; passphrase: string }>) => {
  postMessage({ id: event.data.id, ...estimate(event.data.passphrase) });
};
