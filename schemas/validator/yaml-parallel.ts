/**
 * Parses many YAML files at once, on more than one core when there is a lot of YAML (the scale
 * benchmark's content at k = 10: about 1,000 files, 4.5 MB, 1.3 s of parsing on one core). The
 * result is exactly that of `parseYamlFile` per file, in the same order, and the call stays
 * synchronous (the validator is a pure, synchronous function): the calling thread parses one share
 * itself and then waits (`Atomics.wait`) for the worker threads' shares, which it receives with
 * `receiveMessageOnPort`.
 *
 * A syntax tree cannot cross threads, so a result from a worker carries a lazy `parsed`: the file
 * is parsed again on this thread only when a problem in it has to be located (rare: valid content
 * never needs it). Should a worker fail to start or answer, its share is parsed here instead.
 */
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { parseDocument, LineCounter, type Document } from 'yaml';
import { parseYamlFile, type ParsedYaml, type YamlResult } from './yaml.ts';

/** Below this much YAML, starting a thread costs more than it saves (the real content is ~0.45 MB). */
export const PARALLEL_MIN_BYTES = 2_000_000;
/** Upper bound on worker threads, whatever the machine has. */
const MAX_WORKERS = 3;
/** How long to wait for a worker before parsing its share here. */
const WORKER_TIMEOUT_MS = 120_000;

/** What a worker sends back per file: the result without the syntax tree. */
export type PortableYamlResult = Omit<Extract<YamlResult, { ok: true }>, 'parsed'> | Omit<Extract<YamlResult, { ok: false }>, 'parsed'>;

/** Parses `texts` in a worker (the worker's entry point; see `startWorker`). */
export function parseShare(texts: readonly string[]): PortableYamlResult[] {
  return texts.map((text) => {
    const { parsed: _tree, ...portable } = parseYamlFile(text);
    return portable;
  });
}

/** A `ParsedYaml` that parses `text` (with the validator's options) the first time it is read. */
export function lazyParsed(text: string): ParsedYaml {
  let tree: ParsedYaml | undefined;
  const load = () => {
    if (!tree) {
      const lineCounter = new LineCounter();
      tree = { doc: parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true }) as Document, lineCounter };
    }
    return tree;
  };
  return {
    get doc() {
      return load().doc;
    },
    get lineCounter() {
      return load().lineCounter;
    },
  };
}

const withLazyTree = (result: PortableYamlResult, text: string): YamlResult => ({ ...result, parsed: lazyParsed(text) }) as YamlResult;

interface Share {
  start: number;
  texts: string[];
  port?: MessagePort;
  worker?: Worker;
}

/**
 * The worker's code. It imports this module by URL inside a try/catch, so that even a worker that
 * cannot load the parser still signals (and its share is then parsed on the calling thread).
 */
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { moduleUrl, texts, port, signal } = workerData;
import(moduleUrl)
  .then((module) => port.postMessage({ results: module.parseShare(texts) }))
  .catch((error) => port.postMessage({ error: String(error && error.stack || error) }))
  .finally(() => { Atomics.add(signal, 0, 1); Atomics.notify(signal, 0); port.close(); });
`;

function startWorker(share: Share, signal: Int32Array): void {
  const { port1, port2 } = new MessageChannel();
  share.port = port1;
  share.worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { moduleUrl: import.meta.url, texts: share.texts, port: port2, signal },
    transferList: [port2],
  });
  share.worker.unref();
}

/** Splits `texts` into `count` runs of about equal size in bytes, keeping the order. */
export function splitBySize(texts: readonly string[], count: number): { start: number; texts: string[] }[] {
  const total = texts.reduce((sum, text) => sum + text.length, 0);
  const shares: { start: number; texts: string[] }[] = [];
  let current: { start: number; texts: string[] } = { start: 0, texts: [] };
  let size = 0;
  texts.forEach((text, index) => {
    if (current.texts.length > 0 && size >= (total / count) * (shares.length + 1) && shares.length < count - 1) {
      shares.push(current);
      current = { start: index, texts: [] };
    }
    current.texts.push(text);
    size += text.length;
  });
  shares.push(current);
  return shares;
}

/** How the last call went: threads used and shares the workers delivered (for tests and the benchmark). */
export const lastParallelRun = { threads: 1, delivered: 0 };

/** `parseYamlFile` for every text, in order; uses worker threads for large amounts of YAML. */
export function parseYamlFiles(texts: readonly string[], options: { minBytes?: number; threads?: number } = {}): YamlResult[] {
  const bytes = texts.reduce((sum, text) => sum + text.length, 0);
  const threads = Math.min(options.threads ?? availableParallelism(), MAX_WORKERS + 1);
  lastParallelRun.threads = 1;
  lastParallelRun.delivered = 0;
  if (bytes < (options.minBytes ?? PARALLEL_MIN_BYTES) || threads < 2 || texts.length < 2) return texts.map(parseYamlFile);

  const shares: Share[] = splitBySize(texts, threads);
  lastParallelRun.threads = shares.length;
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const others = shares.slice(1);
  for (const share of others) {
    try {
      startWorker(share, signal);
    } catch {
      share.worker = undefined;
    }
  }
  const results: YamlResult[] = new Array(texts.length);
  // This thread's own share, while the workers parse theirs.
  shares[0]!.texts.forEach((text, i) => (results[i] = parseYamlFile(text)));

  const started = Date.now();
  const pending = new Set(others.filter((share) => share.worker));
  while (pending.size > 0) {
    // Read before receiving: a signal that comes in between makes the wait below return at once.
    const seen = Atomics.load(signal, 0);
    for (const share of [...pending]) {
      const message = receiveMessageOnPort(share.port!)?.message as { results?: PortableYamlResult[]; error?: string } | undefined;
      if (!message) continue;
      pending.delete(share);
      if (message.results) {
        message.results.forEach((result, i) => (results[share.start + i] = withLazyTree(result, share.texts[i]!)));
        lastParallelRun.delivered += 1;
      }
    }
    if (pending.size === 0) break;
    const left = WORKER_TIMEOUT_MS - (Date.now() - started);
    if (left <= 0) break;
    // Sleeps until a worker signals (or briefly, if one already has); never busy-waits.
    Atomics.wait(signal, 0, seen, Math.min(left, 1000));
  }
  // Shares no worker delivered (it could not start, failed or timed out) are parsed here.
  for (const share of others) {
    if (results[share.start] === undefined) {
      void share.worker?.terminate();
      share.texts.forEach((text, i) => (results[share.start + i] = parseYamlFile(text)));
    }
    share.port?.close();
  }
  return results;
}
