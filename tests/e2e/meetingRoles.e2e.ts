// Roles are data: a meeting planned with the built-in interim review template, whose roles
// are named for hospital staff and add a municipal social worker, names its roles as the template
// does in the planner (the role selects in the template's order, the members' default roles, the
// warnings) and in the facilitator view (the lead-role line and the prompts), in Finnish and
// English. A hypothesis proposed by a guest holding the added role keeps the role's name on the
// family's hypothesis page, outside the meeting, and the review offers it as a proposer role to
// filter by. axe and screenshots of the planner and the facilitator view in both languages.
import { expect, test } from '@playwright/test';
import { interimReviewTemplate } from '../../shared/meeting/builtInTemplates';
import { meetingScopedRoles } from '../../shared/meeting/template';
import { FacilitatorPage } from './models/FacilitatorPage';
import { FamilyHypothesesPage } from './models/FamilyHypothesesPage';
import { HypothesisReviewPage } from './models/HypothesisReviewPage';
import { KehaApp } from './models/KehaApp';
import { MeetingsPage } from './models/MeetingsPage';
import { expectAccessible } from './support/axe';

const shots = process.env.KEHA_ROLES_SHOTS;
const guest = { name: 'Maria Kunta', organisation: 'Hämeenlinnan kaupunki' };
const wording = 'One possible idea is that the school mornings carry the worry of the whole family.';

for (const language of ['fi', 'en'] as const) {
  test(`the interim review names its roles for hospital staff in the planner and the facilitator view (${language})`, async ({ page }) => {
    const app = new KehaApp(page, 'fi');
    await page.goto('/');
    if (language === 'en') await app.setLanguage('en');
    await app.start();
    await page.getByRole('button', { name: app.t.demo.load }).click();
    await app.families.expectCodes(['DEMO-101', 'DEMO-102', 'DEMO-103', 'DEMO-104']);
    const roleName = (id: string) => interimReviewTemplate.roles.find((role) => role.id === id)!.name[language];
    const chair = roleName('consultingSocialWorker');
    const municipal = roleName('municipalSocialWorker');
    expect(chair).toBe(language === 'en' ? 'Attending physician' : 'Hoitava lääkäri');

    // The planner: the template's roles in its order; the chair goes to the member whose default
    // role it is, the added role to nobody (and the warning says so in the template's words).
    const meetings = new MeetingsPage(app);
    await meetings.goto();
    const planner = await meetings.planMeeting({ template: 'interimReview' });
    // Only the roles a meeting assigns: the family's own (its primary nurse, its ward nurse) come from the family.
    await expect(planner.roleLabels()).toHaveText(meetingScopedRoles(interimReviewTemplate).map((role) => role.name[language]));
    await planner.expectRoleHolder({ name: chair }, 'Kaisa Demo');
    await planner.expectRoleHolder({ name: municipal }, null);
    await expect(planner.region(app.t.meetings.roles)).not.toContainText(app.t.roles.consultingSocialWorker);
    await expect(planner.member('Kaisa Demo')).toHaveAccessibleName(`Kaisa Demo · ${chair}`);
    await expect(planner.warnings()).toContainText(planner.roleWarning({ name: municipal }));

    // The family under review, to run the family phases; a guest from the municipality, taking part in it, takes the added role.
    await planner.chooseFamily('DEMO-101');
    await planner.addGuest(guest.name, guest.organisation, { deepDive: 'DEMO-101' });
    await planner.assignRole({ name: municipal }, `${guest.name}, ${guest.organisation}`);
    await expect(planner.warnings()).not.toContainText(planner.roleWarning({ name: municipal }));
    await planner.expectSaved();
    await expectAccessible(page, `planner with the interim review's roles (${language})`);
    if (shots) await page.screenshot({ path: `${shots}-planner-${language}.png`, fullPage: true });

    // The facilitator view: the opening is led by the chair, named as the template names it.
    const run = new FacilitatorPage(app);
    await run.startFromPlan();
    await expect(run.leadLine()).toContainText(`${chair} – Kaisa Demo`);
    await expect(run.prompts().getByRole('heading', { level: 3 }).first()).toHaveText(`${chair} – Kaisa Demo`);
    await expectAccessible(page, `facilitator view of the interim review (${language})`);
    if (shots) await page.screenshot({ path: `${shots}-run-${language}.png`, fullPage: true });

    // Hypotheses revisited (step 4): the guest proposes, in the role the template added.
    await run.advance(3);
    await expect(run.hypothesesPanel()).toBeVisible();
    await run.addHypothesis(wording, municipal);
    await expect(run.ourHypotheses().filter({ hasText: wording })).toContainText(`${guest.name} – ${municipal}`);

    // Outside the meeting the card still names the role as the meeting did.
    await app.families.goto();
    await app.families.open('DEMO-101');
    const hypotheses = new FamilyHypothesesPage(app);
    await hypotheses.openFromFamilyPage('DEMO-101');
    await expect(hypotheses.card(wording)).toContainText(`${guest.name} – ${municipal}`);

    // The therapist's review offers the added role as a proposer role to filter by.
    const review = new HypothesisReviewPage(app);
    await review.open();
    await review.filterBox('proposerRole', municipal).check();
    await expect(review.rows()).toHaveCount(1);
    await expect(review.row(wording)).toContainText(`${guest.name} – ${municipal}`);
  });
}
