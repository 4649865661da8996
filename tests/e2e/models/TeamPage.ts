// Page object for the team screen: team name, adding, editing and archiving members.
import { expect } from '@playwright/test';
import type { TeamRole } from '../../../shared/team/roles';
import type { KehaApp } from './KehaApp';
import { fill } from './texts';

export class TeamPage {
  constructor(private readonly app: KehaApp) {}

  private get t() {
    return this.app.t.team;
  }

  async goto() {
    await this.app.nav('team').click();
    await expect(this.app.page.getByRole('heading', { level: 1, name: this.t.title })).toBeVisible();
  }

  teamName() {
    return this.app.page.getByLabel(this.t.teamName);
  }

  async addMember(name: string, role: TeamRole) {
    const form = this.app.page.getByRole('form', { name: this.t.addMember });
    await form.getByLabel(this.t.memberName).fill(name);
    await form.getByLabel(this.t.defaultRole).selectOption(role);
    await form.getByRole('button', { name: this.t.addMember }).click();
    await expect(this.member(name)).toBeVisible();
  }

  activeList() {
    return this.app.page.getByRole('list', { name: this.t.members });
  }

  archivedList() {
    return this.app.page.getByRole('list', { name: this.t.archivedMembers });
  }

  member(name: string) {
    return this.app.page.getByRole('listitem', { name: fill(this.t.editMember, { name }) });
  }

  async archive(name: string) {
    await this.member(name).getByRole('button', { name: this.t.archive }).click();
    await expect(this.archivedList().getByRole('listitem', { name: fill(this.t.editMember, { name }) })).toBeVisible();
  }
}
