/**
 * Narrower than two columns (style.css, `.layout[data-view]`), the list and the thread take the
 * screen in turn: opening a conversation shows the thread, its back button the list again with
 * focus on the conversation that was open. Wider, both stay in view and this changes nothing.
 */
export class PaneSwitch {
  constructor(
    private readonly layout: HTMLElement,
    private readonly list: HTMLElement,
    back: HTMLButtonElement,
  ) {
    back.addEventListener('click', () => this.showList());
  }

  showThread(): void {
    this.layout.dataset.view = 'thread';
  }

  showList(): void {
    this.layout.dataset.view = 'list';
    this.list.querySelector<HTMLElement>('[aria-current="true"]')?.focus();
  }
}
