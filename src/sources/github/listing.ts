// One API listing as a source file: its pages, fetched as they are read, as JSON lines (one item a
// line), so the saved-response readers map live items exactly as they map saved ones and the
// framework (read.ts) counts them the same way. The framework opens a file twice (once to sniff its
// shape), so the first pages are kept and replayed instead of fetched again; later pages stream
// through and are not kept — memory stays at a page or two, however long the audit log. A failed
// call ends the listing where it failed and is recorded, never thrown into the reader.
import { Readable } from 'node:stream';
import type { SourceFile } from '../types.js';
import {
  endpointLabel,
  explainFailure,
  fetchPage,
  type Endpoint,
  type GitHubClient,
  type Page,
} from './client.js';

/** Pages kept for replay: more than the 64 KiB the framework sniffs. */
const REPLAY_BYTES = 1024 * 1024;

export interface ListingOptions {
  /** Stop after this many pages (the listing is then truncated, and says so). */
  maxPages?: number;
  /** Called once per item the first time it is fetched (the secrets reader learns names from it). */
  onItem?(item: unknown): void;
  /** Source-entry options this listing's items are read with (an environment's secrets need `environment`). */
  options?: Record<string, unknown>;
}

/** A SourceFile over a live listing, with what the live reader needs to know about it afterwards. */
export interface ListingFile extends SourceFile {
  listing: ApiListing;
}

export class ApiListing {
  /** Why the listing stopped early, when it did (a failure message). */
  failure?: string;
  /** True when maxPages stopped it before the last page. */
  truncated = false;
  private readonly replay: { page: Page; text: string }[] = [];
  private replayBytes = 0;
  /** Pages being fetched, by index: a second reader waits for the same request instead of repeating it. */
  private readonly inflight = new Map<number, Promise<Page>>();
  private pagesFetched = 0;

  constructor(
    private readonly client: GitHubClient,
    readonly endpoint: Endpoint,
    private readonly listingOptions: ListingOptions = {},
  ) {}

  /** `GET /repos/acme/app/keys`: how reports name the listing. */
  get label(): string {
    return endpointLabel(this.endpoint);
  }

  get options(): Record<string, unknown> | undefined {
    return this.listingOptions.options;
  }

  /** Every page, the replayed ones first; ends (recording why) at the first failure. */
  async *pages(): AsyncGenerator<Page> {
    const max = this.listingOptions.maxPages ?? Infinity;
    // The URL of page `index`: undefined for the first, which is the endpoint itself.
    let url: string | undefined;
    for (let index = 0; ; index++) {
      if (index >= max) {
        this.truncated = true;
        return;
      }
      let page = this.replay[index]?.page;
      if (!page) {
        if (this.failure !== undefined) return;
        try {
          page = await this.fetch(index, url);
        } catch (error) {
          this.failure ??= explainFailure(this.endpoint, error);
          return;
        }
      }
      yield page;
      if (page.next === undefined) return;
      url = page.next;
    }
  }

  private fetch(index: number, url: string | undefined): Promise<Page> {
    const running = this.inflight.get(index);
    if (running) return running;
    const request = fetchPage(this.client, this.endpoint, url).then((page) => {
      if (index >= this.pagesFetched) {
        this.pagesFetched = index + 1;
        for (const item of page.items) this.listingOptions.onItem?.(item);
      }
      // Keep the page for replay while the replay is contiguous and small.
      if (this.replay.length === index && this.replayBytes < REPLAY_BYTES) {
        const text = linesOf(page.items);
        this.replay.push({ page, text });
        this.replayBytes += text.length;
      }
      return page;
    });
    this.inflight.set(index, request);
    const settle = () => this.inflight.delete(index);
    request.then(settle, settle);
    return request;
  }

  /** The listing as a source file of JSON lines. */
  file(): ListingFile {
    const pages = () => this.pages();
    return {
      absolutePath: this.label,
      path: this.label,
      size: 0,
      listing: this,
      open(): Readable {
        return Readable.from(
          (async function* () {
            for await (const page of pages()) if (page.items.length > 0) yield linesOf(page.items);
          })(),
          { objectMode: false },
        );
      },
    };
  }
}

function linesOf(items: unknown[]): string {
  return items.map((item) => JSON.stringify(item)).join('\n') + '\n';
}
