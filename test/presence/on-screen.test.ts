import { expect, test, vi } from 'vitest';
import { onScreen } from '@/foundations/presence/live-presence';

/** An element whose layout box is `top`…`top + height` (jsdom lays nothing out). */
function boxed(element: HTMLElement, top: number, height: number): HTMLElement {
  vi.spyOn(element, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ x: 0, y: top, width: 300, height }));
  return element;
}

test('a badge counts as on screen only inside its list’s viewport, not in the rows kept above and below it', () => {
  const viewport = boxed(document.createElement('div'), 100, 400);
  viewport.setAttribute('data-list-viewport', '');
  document.body.append(viewport);
  const badgeAt = (top: number) => {
    const badge = boxed(document.createElement('span'), top, 20);
    viewport.append(badge);
    return badge;
  };
  expect(onScreen(badgeAt(200))).toBe(true);
  expect(onScreen(badgeAt(90))).toBe(true);
  expect(onScreen(badgeAt(40))).toBe(false);
  expect(onScreen(badgeAt(520))).toBe(false);
  viewport.remove();
});

test('outside a list the window is the viewport, and an element not laid out counts as on screen', () => {
  const card = boxed(document.createElement('span'), window.innerHeight + 50, 20);
  document.body.append(card);
  expect(onScreen(card)).toBe(false);
  expect(onScreen(boxed(document.createElement('span'), 10, 20))).toBe(true);
  const hidden = document.createElement('span');
  expect(onScreen(hidden)).toBe(true);
  expect(onScreen(null)).toBe(true);
  card.remove();
});
