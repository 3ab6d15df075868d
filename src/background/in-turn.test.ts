import { expect, test } from 'vitest';
import { inTurn } from './in-turn';

const tick = () => new Promise((r) => setTimeout(r, 0));

test('jobs of one key run in order, one at a time, whatever each takes', async () => {
  const turn = inTurn<number>();
  const log: string[] = [];
  const job = (name: string, ms: number) => async () => {
    log.push(`${name} start`);
    await new Promise((r) => setTimeout(r, ms));
    log.push(`${name} end`);
    return name;
  };
  const all = Promise.all([turn(1, job('a', 20)), turn(1, job('b', 0)), turn(1, job('c', 5))]);
  await expect(all).resolves.toEqual(['a', 'b', 'c']);
  expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
});

test('other keys do not wait', async () => {
  const turn = inTurn<number>();
  const log: string[] = [];
  let release: () => void = () => {};
  const slow = turn(1, () => new Promise<void>((r) => (release = r)));
  await turn(2, async () => log.push('2 ran'));
  expect(log).toEqual(['2 ran']);
  release();
  await slow;
});

test('a failing job fails alone: the next one still runs', async () => {
  const turn = inTurn<string>();
  const failed = turn('t', async () => {
    throw new Error('boom');
  });
  const next = turn('t', async () => 'ok');
  await expect(failed).rejects.toThrow('boom');
  await expect(next).resolves.toBe('ok');
  await tick();
});
