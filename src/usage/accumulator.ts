// The streaming fold of usage for one principal or credential: a handful of numbers, a day bitmap and
// an hour-of-week profile. Its size does not depend on how many events it has seen.
import type { UsageEvent } from '../model/records.js';
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
  hourOfWeek: Uint32Array | undefined;

  /** Folds one event in. `source` labels interactive evidence. */
  add(event: UsageEvent, source: string): void {
    this.events++;
    const at = event.at;
    if (!event.ok) {
      this.failedEvents++;
      return;
    }
    if (at < this.firstUse) this.firstUse = at;
    if (at > this.lastUse) this.lastUse = at;
    if (event.login) {
      this.loginEvents++;
      if (at > this.lastLogin) this.lastLogin = at;
    }
    if (event.interactive) {
      this.interactiveEvents++;
      this.sampleInteractive(at, event.detail ?? event.action ?? 'interactive use', source);
    }
    if (event.meaningful) {
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

  private sampleInteractive(at: number, detail: string, source: string): void {
    const samples = this.interactive;
    if (samples.length < MAX_INTERACTIVE_SAMPLES) {
      samples.push({ at, detail, source });
      return;
    }
    let oldest = 0;
    for (let i = 1; i < samples.length; i++) if (samples[i].at < samples[oldest].at) oldest = i;
    if (samples[oldest].at < at) samples[oldest] = { at, detail, source };
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
    for (const sample of other.interactive) this.sampleInteractive(sample.at, sample.detail, sample.source);
    for (const day of other.days.toArray()) this.days.add(day);
    if (other.hourOfWeek) {
      if (!this.hourOfWeek) this.hourOfWeek = new Uint32Array(168);
      for (let i = 0; i < 168; i++) this.hourOfWeek[i] += other.hourOfWeek[i];
    }
  }

  /** The plain-data view the rules and the report read. */
  toStats(): UsageStats {
    const finite = (n: number): number | undefined => (Number.isFinite(n) ? n : undefined);
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
      hourOfWeek: this.hourOfWeek ? Array.from(this.hourOfWeek) : new Array<number>(168).fill(0),
    };
  }
}

/** Stats of nothing: no events, no days. */
export function emptyStats(): UsageStats {
  return new UsageAccumulator().toStats();
}
