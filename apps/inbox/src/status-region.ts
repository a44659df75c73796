import type { ErrorText } from './error-text.js';

/**
 * One live region that says what a part of the page is doing: loading, empty, or failed (with an
 * optional retry button). Screen readers hear each change.
 */
export class StatusRegion {
  constructor(
    private readonly element: HTMLElement,
    private readonly busyTarget: HTMLElement,
  ) {}

  loading(text: string): void {
    this.busyTarget.setAttribute('aria-busy', 'true');
    this.render('loading', text);
  }

  empty(text: string): void {
    this.busyTarget.removeAttribute('aria-busy');
    this.render('empty', text);
  }

  error(text: ErrorText, retry?: () => void): void {
    this.busyTarget.removeAttribute('aria-busy');
    this.element.replaceChildren();
    const box = document.createElement('div');
    box.className = 'state state-error';
    box.setAttribute('role', 'alert');
    const title = document.createElement('strong');
    title.textContent = text.title;
    const detail = document.createElement('p');
    detail.textContent = text.detail;
    box.append(title, detail);
    if (retry) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = 'Try again';
      button.addEventListener('click', retry);
      box.append(button);
    }
    this.element.append(box);
  }

  clear(): void {
    this.busyTarget.removeAttribute('aria-busy');
    this.element.replaceChildren();
  }

  private render(kind: 'loading' | 'empty', text: string): void {
    const box = document.createElement('p');
    box.className = `state state-${kind}`;
    box.textContent = text;
    this.element.replaceChildren(box);
  }
}
