// Page object for the quick round in the chair's view (renderer/src/meetings/run/QuickRoundPanel.tsx)
// and the family page's quick-round history: lines found by family code, their fields by the names
// users hear, the filter and split by worker, the progress line.
import { expect, type Locator, type Page } from '@playwright/test';
import type { KehaApp } from './KehaApp';
import { fill } from './texts';

export class QuickRoundPage {
  readonly page: Page;

  constructor(private readonly app: KehaApp) {
    this.page = app.page;
  }

  private get t() {
    return this.app.t.quickRound;
  }

  region(): Locator {
    return this.page.getByRole('region', { name: this.t.panel.heading, exact: true });
  }

  lines(): Locator {
    return this.region().locator('.quick-line');
  }

  line(code: string): Locator {
    return this.region().locator(`.quick-line[data-family="${code}"]`);
  }

  changed(code: string): Locator {
    return this.region().getByRole('textbox', { name: fill(this.t.panel.changedFor, { code }), exact: true });
  }

  urgent(code: string): Locator {
    return this.region().getByRole('checkbox', { name: fill(this.t.panel.urgentFor, { code }), exact: true });
  }

  decision(code: string, decision: 'today' | 'nextTime' | 'noNeed'): Locator {
    return this.region()
      .getByRole('radiogroup', { name: fill(this.t.panel.decisionFor, { code }), exact: true })
      .getByRole('radio', { name: this.t.decision[decision], exact: true });
  }

  workerFilter(): Locator {
    return this.region().getByLabel(this.t.panel.workerFilter, { exact: true });
  }

  split(): Locator {
    return this.region().getByRole('checkbox', { name: this.t.panel.split, exact: true });
  }

  groups(): Locator {
    return this.region().locator('.quick-group');
  }

  async expectProgress(decided: number, count: number, urgent: number) {
    await expect(this.region().locator('.run-quick-progress')).toContainText(fill(this.t.panel.progress, { decided, count, urgent }));
  }

  /** The family page's history of its quick-round lines. */
  history(): Locator {
    return this.page.getByRole('region', { name: this.t.history.heading, exact: true });
  }
}
