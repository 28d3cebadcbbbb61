// The streaming fold of usage for one principal or credential: a handful of numbers, a day bitmap and
// an hour-of-week profile. Its size does not depend on how many events it has seen.
import type { UsageEvent, UsageSummary } from '../model/records.js';
import type { UsageStats } from '../model/subject.js';
import { DAY, HOUR } from '../model/time.js';
import { DayBits } from './day-bits.js';

const MAX_INTERACTIVE_SAMPLES = 5;

export class UsageAccumulator {
  firstUse = Infinity;
  lastUse = -Infinity;
  firstMeaningfulUse = Infinity;
  lastMeaningfulUse = -Infinity;
  lastLogin = -Infinity;
  events = 0;
  meaningfulEvents = 0;
  loginEvents = 0;
  failedEvents = 0;
  interactiveEvents = 0;
  interactive: { at: number; detail: string; source: string }[] = [];
  readonly days = new DayBits();
  /** Days with meaningful use that a summary counted but did not list: not in `days`. */
  unlistedDays = 0;
  /** Meaningful events per hour of the week; may be a summary's own array (see addSummary). */
  hourOfWeek: Uint32Array | undefined;
  /** Index of the oldest interactive sample once all are taken: most events are older and skip. */
  private oldestSample = -1;

  /** Folds one event in. `source` labels interactive evidence. */
  add(event: UsageEvent, source: string): void {
    this.record(
      event.at,
      event.ok,
      event.login === true,
      event.meaningful,
      event.interactive ? (event.detail ?? event.action ?? 'interactive use') : undefined,
      source,
    );
  }

  /** The fold of one event, from its parts: what add() does, for readers that never build the event. */
  record(
    at: number,
    ok: boolean,
    login: boolean,
    meaningful: boolean,
    interactive: string | undefined,
    source: string,
  ): void {
    this.events++;
    if (!ok) {
      this.failedEvents++;
      return;
    }
    if (at < this.firstUse) this.firstUse = at;
    if (at > this.lastUse) this.lastUse = at;
    if (login) {
      this.loginEvents++;
      if (at > this.lastLogin) this.lastLogin = at;
    }
    if (interactive !== undefined) {
      this.interactiveEvents++;
      this.sampleInteractive(at, interactive, source);
    }
    if (meaningful) {
      this.meaningfulEvents++;
      this.markMeaningful(at);
    }
  }

  /**
   * A meaningful use known only as a time: a platform's last-used field. It moves the times and marks
   * the day, but is not an event (the counts stay those of events seen).
   */
  markMeaningful(at: number): void {
    if (at < this.firstMeaningfulUse) this.firstMeaningfulUse = at;
    if (at > this.lastMeaningfulUse) this.lastMeaningfulUse = at;
    if (at < this.firstUse) this.firstUse = at;
    if (at > this.lastUse) this.lastUse = at;
    const day = Math.floor(at / DAY);
    this.days.add(day);
    if (!this.hourOfWeek) this.hourOfWeek = new Uint32Array(168);
    // Epoch day 0 was a Thursday; hour 0 of the profile is Monday 00:00 UTC.
    const hour = Math.floor((at - day * DAY) / HOUR);
    this.hourOfWeek[((((day + 3) % 7) + 7) % 7) * 24 + hour]++;
  }

  /**
   * Keeps the newest samples. Once full, a newer sample replaces the first of the oldest; the oldest's
   * index is remembered so that the common case (an older event) costs one comparison.
   */
  private sampleInteractive(at: number, detail: string, source: string): void {
    const samples = this.interactive;
    if (samples.length < MAX_INTERACTIVE_SAMPLES) {
      samples.push({ at, detail, source });
      if (samples.length === MAX_INTERACTIVE_SAMPLES) this.oldestSample = this.findOldest();
      return;
    }
    if (samples[this.oldestSample].at < at) {
      samples[this.oldestSample] = { at, detail, source };
      this.oldestSample = this.findOldest();
    }
  }

  private findOldest(): number {
    const samples = this.interactive;
    let oldest = 0;
    for (let i = 1; i < samples.length; i++) if (samples[i].at < samples[oldest].at) oldest = i;
    return oldest;
  }

  /** Merges another accumulator into this one (a subject over its principals). */
  merge(other: UsageAccumulator): void {
    this.firstUse = Math.min(this.firstUse, other.firstUse);
    this.lastUse = Math.max(this.lastUse, other.lastUse);
    this.firstMeaningfulUse = Math.min(this.firstMeaningfulUse, other.firstMeaningfulUse);
    this.lastMeaningfulUse = Math.max(this.lastMeaningfulUse, other.lastMeaningfulUse);
    this.lastLogin = Math.max(this.lastLogin, other.lastLogin);
    this.events += other.events;
    this.meaningfulEvents += other.meaningfulEvents;
    this.loginEvents += other.loginEvents;
    this.failedEvents += other.failedEvents;
    this.interactiveEvents += other.interactiveEvents;
    this.unlistedDays += other.unlistedDays;
    for (const sample of other.interactive) this.sampleInteractive(sample.at, sample.detail, sample.source);
    this.days.addAll(other.days);
    if (other.hourOfWeek) this.addHours(other.hourOfWeek);
  }

  /**
   * Folds in usage that was folded elsewhere (a SQL summary row, a fast reader's partial table), as if
   * its events had been added here. A summary that only counts its active days marks the day of its
   * last meaningful use, and counts the rest without inventing when they were. A Uint32Array
   * hourOfWeek may be kept as this fold's own: the summary is the caller's to give away.
   */
  addSummary(summary: UsageSummary, source: string): void {
    const min = (a: number, b: number | undefined): number => (b !== undefined && b < a ? b : a);
    const max = (a: number, b: number | undefined): number => (b !== undefined && b > a ? b : a);
    this.firstUse = min(this.firstUse, summary.firstUse);
    this.lastUse = max(this.lastUse, summary.lastUse);
    this.firstMeaningfulUse = min(this.firstMeaningfulUse, summary.firstMeaningfulUse);
    this.lastMeaningfulUse = max(this.lastMeaningfulUse, summary.lastMeaningfulUse);
    this.lastLogin = max(this.lastLogin, summary.lastLogin);
    this.events += summary.events;
    this.meaningfulEvents += summary.meaningfulEvents;
    this.loginEvents += summary.loginEvents ?? 0;
    this.failedEvents += summary.failedEvents ?? 0;
    this.interactiveEvents += summary.interactiveEvents ?? 0;
    for (const sample of summary.interactive ?? []) this.sampleInteractive(sample.at, sample.detail, source);
    if (summary.days || summary.dayWords) {
      if (summary.days) this.days.addSorted(summary.days);
      if (summary.dayWords) this.days.addWords(summary.dayWords.base, summary.dayWords.words);
    } else {
      let listed = 0;
      if (summary.lastMeaningfulUse !== undefined) {
        this.days.add(Math.floor(summary.lastMeaningfulUse / DAY));
        listed = 1;
      }
      this.unlistedDays += Math.max(0, (summary.activeDays ?? listed) - listed);
    }
    if (summary.hourOfWeek) this.addHours(summary.hourOfWeek);
  }

  private addHours(hours: ArrayLike<number>): void {
    if (!this.hourOfWeek) {
      // A fast reader's summary hands over its own array (a view into its table): kept, not copied.
      this.hourOfWeek =
        hours instanceof Uint32Array && hours.length === 168 ? hours : Uint32Array.from(hours);
      return;
    }
    const mine = this.hourOfWeek;
    for (let i = 0; i < 168; i++) mine[i] += hours[i] ?? 0;
  }

  /** The plain-data view the rules and the report read. */
  toStats(): UsageStats {
    const finite = (n: number): number | undefined => (Number.isFinite(n) ? n : undefined);
    const hours = this.hourOfWeek;
    let plain: number[] | undefined;
    return {
      firstUse: finite(this.firstUse),
      lastUse: finite(this.lastUse),
      firstMeaningfulUse: finite(this.firstMeaningfulUse),
      lastMeaningfulUse: finite(this.lastMeaningfulUse),
      lastLogin: finite(this.lastLogin),
      events: this.events,
      meaningfulEvents: this.meaningfulEvents,
      loginEvents: this.loginEvents,
      failedEvents: this.failedEvents,
      interactiveEvents: this.interactiveEvents,
      interactive: [...this.interactive].sort((a, b) => b.at - a.at),
      days: this.days.toArray(),
      ...(this.unlistedDays > 0 && { activeDays: this.days.size + this.unlistedDays }),
      // Read by a rule for identities with a schedule, and by `explain`: copied when first read, not for
      // each of a large log's thousands of subjects.
      get hourOfWeek(): number[] {
        return (plain ??= hoursArray(hours));
      },
    };
  }
}

/** The hour-of-week counters as a plain array (zeros for none). */
function hoursArray(hours: Uint32Array | undefined): number[] {
  const out: number[] = [];
  for (let i = 0; i < 168; i++) out.push(hours ? hours[i] : 0);
  return out;
}

/** Stats of nothing: no events, no days. */
export function emptyStats(): UsageStats {
  return new UsageAccumulator().toStats();
}
