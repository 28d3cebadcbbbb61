// Every source type lastseen reads. Adding a format is one reader file and one line here.
import type { SourceReader } from './types.js';

const READERS: SourceReader[] = [
  // readers are listed here, one line each
];

const BY_TYPE = new Map(READERS.map((reader) => [reader.type, reader]));

/** The reader for a source `type:`, or undefined when lastseen has none. */
export function readerFor(type: string): SourceReader | undefined {
  return BY_TYPE.get(type);
}

/** The source types this build reads, sorted. */
export function sourceTypes(): string[] {
  return [...BY_TYPE.keys()].sort();
}
