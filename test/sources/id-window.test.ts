// The window of recent document ids that makes a repeated event one record (DESIGN.md §3 rule 3), and
// its hand-over between threads: a copy for a window still in use, the arrays themselves once done.
import { describe, expect, it } from 'vitest';
import { IdWindow } from '../../src/sources/id-window.js';

const fill = (window: IdWindow, ids: string[]): boolean[] => ids.map((id) => window.seenText(id));

describe('IdWindow', () => {
  it('remembers the last ids up to its capacity, oldest forgotten first', () => {
    const window = new IdWindow(3);
    expect(fill(window, ['a', 'b', 'a', 'c', 'd'])).toEqual([false, false, true, false, false]);
    // a was the oldest of a, b, c when d came: forgotten; b, c, d remain.
    expect(fill(window, ['b', 'c', 'd', 'a'])).toEqual([true, true, true, false]);
    expect(window.count).toBe(3);
  });

  it('keeps ids longer than a slot, and tells two windows with the same ids in another order apart', () => {
    const long = 'x'.repeat(100);
    const one = new IdWindow(4);
    const two = new IdWindow(4);
    fill(one, ['p', long, 'q']);
    fill(two, ['p', 'q', long]);
    expect(one.seenText(long)).toBe(true);
    expect(one.digest()).not.toBe(two.digest());
    const three = new IdWindow(4);
    fill(three, ['p', long, 'q']);
    expect(one.digest()).toBe(three.digest());
  });

  it('digests the ids it holds, oldest first, wherever its ring has got to', () => {
    // Two windows holding b, c, d: one wrapped round (a forgotten), one not.
    const wrapped = new IdWindow(3);
    fill(wrapped, ['a', 'b', 'c', 'd']);
    const fresh = new IdWindow(3);
    fill(fresh, ['b', 'c', 'd']);
    expect(wrapped.digest()).toBe(fresh.digest());
    expect(wrapped.digest()).toMatch(/^[0-9a-f]{64}$/);
    // The same bytes cut into other ids, the same ids in a window of another size: other windows.
    const recut = new IdWindow(3);
    fill(recut, ['bc', 'd']);
    expect(recut.digest()).not.toBe(fresh.digest());
    const larger = new IdWindow(4);
    fill(larger, ['b', 'c', 'd']);
    expect(larger.digest()).not.toBe(fresh.digest());
    // A repeat is not remembered twice: the digest is that of the window without it.
    fill(fresh, ['c']);
    expect(fresh.digest()).toBe(wrapped.digest());
  });

  it('copies its state for a window still in use, and hands over its own arrays once done', () => {
    const window = new IdWindow(8);
    fill(window, ['a', 'b', 'c']);
    const copy = window.state();
    // A copy is a snapshot: the window's later ids do not reach it.
    expect(window.seenText('d')).toBe(false);
    expect(window.state().arena).not.toBe(copy.arena);
    const fromCopy = new IdWindow(8, copy);
    expect(fromCopy.count).toBe(3);
    expect(fromCopy.seenText('d')).toBe(false);
    // Released, the state is the window's own arrays (nothing copied), deciding ids as the window did.
    const released = window.release();
    expect(window.release().arena).toBe(released.arena);
    const fromRelease = new IdWindow(8, released);
    expect(fill(fromRelease, ['a', 'b', 'c', 'd', 'e'])).toEqual([true, true, true, true, false]);
  });
});
