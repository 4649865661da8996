// Which content lies under an element (a message, an overlay), as a user would see it: every control
// and text-bearing element whose visible part (clipped by its scrolling ancestors and the window)
// meets the element's box, checked at the top, quarters and bottom of every scrolling part of the
// page. Self-contained (no imports, no outer names) so that Playwright can run it in the page with
// `locator.evaluate(contentUnder)` and a Vitest browser test can call it directly.

/** Describes each piece of content found under `region` ("tag \"text\" at N %"); empty when it covers nothing. */
export function contentUnder(region: Element): string[] {
  const visibleRect = (element: Element) => {
    let { left, top, right, bottom } = element.getBoundingClientRect();
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      if (getComputedStyle(parent).overflow === 'visible') continue;
      const clip = parent.getBoundingClientRect();
      left = Math.max(left, clip.left);
      top = Math.max(top, clip.top);
      right = Math.min(right, clip.right);
      bottom = Math.min(bottom, clip.bottom);
    }
    return { left: Math.max(left, 0), top: Math.max(top, 0), right: Math.min(right, innerWidth), bottom: Math.min(bottom, innerHeight) };
  };
  const interactive = 'a[href], button, input, select, textarea, summary, [role="button"], [role="tab"], [role="link"], [tabindex]:not([tabindex="-1"])';
  const isContent = (element: Element) =>
    element.matches(interactive) ||
    element.matches('img, svg, canvas') ||
    [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
  const scrollers = [document.scrollingElement!, ...document.querySelectorAll('*')].filter((element) => {
    const overflow = getComputedStyle(element).overflowY;
    return (element === document.scrollingElement || overflow === 'auto' || overflow === 'scroll') && element.scrollHeight > element.clientHeight + 1;
  });
  const found = new Set<string>();
  for (const position of [0, 0.25, 0.5, 0.75, 1]) {
    for (const scroller of scrollers) scroller.scrollTop = (scroller.scrollHeight - scroller.clientHeight) * position;
    const box = region.getBoundingClientRect();
    for (const element of document.body.querySelectorAll('*')) {
      if (region.contains(element) || element.contains(region) || !isContent(element)) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const seen = visibleRect(element);
      if (seen.right - seen.left <= 1 || seen.bottom - seen.top <= 1) continue;
      if (seen.left < box.right && box.left < seen.right && seen.top < box.bottom && box.top < seen.bottom) {
        found.add(`${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}" at ${Math.round(position * 100)} %`);
      }
    }
  }
  for (const scroller of scrollers) scroller.scrollTop = 0;
  return [...found];
}
