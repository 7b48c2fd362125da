// Finding things in Ant Design's markup.
import { expectGone, expectVisible } from './expect.mjs';

export const tableBody = (page) => page.locator('.ant-table-tbody');
export const tableRow = (page, name) => tableBody(page).locator('tr.ant-table-row').filter({ hasText: name });
export const drawer = (page) => page.locator('.ant-drawer-content-wrapper:visible');
export const formItem = (page, inputId) =>
  page.locator('.ant-form-item').filter({ has: page.locator(`#${inputId}`) });

export async function chooseOption(page, combobox, optionText) {
  await combobox.click();
  const option = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: optionText })
    .first();
  await expectVisible(option, `the option ${optionText}`);
  await option.click();
}

export async function kindsShown(page) {
  const kindColumn = await tableBody(page).locator('tr.ant-table-row td:nth-child(3)').allInnerTexts();
  return [...new Set(kindColumn.map((text) => text.trim()))];
}

/**
 * Searches an antd Select or TreeSelect for `name`, clicks `option`, and waits until `chosen` shows (antd 6
 * marks a chosen value on the content element, title = its label; typed search text is not marked). A click
 * that lands while the dropdown is still animating in can be lost, so the pick is tried again (up to three
 * times) before failing.
 */
async function searchAndPick({ combobox, name, select, option, chosen, what }) {
  for (let attempt = 1; ; attempt++) {
    await combobox.click();
    await combobox.fill(name);
    await expectVisible(option, what);
    await option.click();
    const shown = await chosen.waitFor({ state: 'visible', timeout: 2_000 }).then(
      () => true,
      () => false,
    );
    if (shown) return;
    if (attempt === 3) {
      const html = await select.evaluate((element) => element.outerHTML).catch(() => '(gone)');
      throw new Error(`Chose ${what} three times, but it did not stay selected: ${html}`);
    }
  }
}

/** Picks an option of a single antd Select by searching for it (labels may be indented: the title ends with it). */
export function chooseSearchedOption(page, combobox, name) {
  // The combobox may be found within a dialog, so the select is its ancestor rather than a page-wide filter.
  const select = combobox.locator(
    'xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-select ")][1]',
  );
  return searchAndPick({
    combobox,
    name,
    select,
    option: page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: name })
      .first(),
    chosen: select.locator(`.ant-select-content-has-value[title$="${name}"]`),
    what: `the option ${name}`,
  });
}

/** Picks a unit in an antd TreeSelect (an org-unit or category picker) by searching for its name. */
export function chooseTreeOption(page, combobox, name) {
  const select = page.locator('.ant-select').filter({ has: combobox }).first();
  return searchAndPick({
    combobox,
    name,
    select,
    option: page
      .locator('.ant-select-dropdown:visible .ant-select-tree-title')
      .getByText(name, { exact: true })
      .first(),
    chosen: select.locator(`.ant-select-content-has-value[title="${name}"]`),
    what: `${name} in the tree picker`,
  });
}

/**
 * Adds a value to an antd Select in tags mode by clicking its suggestion, and waits until the select shows it
 * (antd 6 marks each chosen value with its title). A click lost to the dropdown's animation is tried again, but
 * only while the suggestion is not marked chosen: a second click on a chosen one would take it away again.
 */
export async function chooseTag(page, combobox, optionText, value) {
  const select = page.locator('.ant-select').filter({ has: combobox }).first();
  const chosen = select.locator(`.ant-select-selection-item[title="${value}"]`);
  const option = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: optionText })
    .first();
  for (let attempt = 1; ; attempt++) {
    await chooseOption(page, combobox, optionText);
    const shown = await chosen
      .waitFor({ state: 'visible', timeout: 2_000 })
      .then(() => true)
      .catch(() => false);
    if (shown) return;
    if ((await option.getAttribute('class').catch(() => ''))?.includes('ant-select-item-option-selected')) {
      await expectVisible(chosen, `${value} among the chosen values`);
      return;
    }
    if (attempt === 3) throw new Error(`Chose ${optionText} three times, but ${value} did not stay selected`);
  }
}

export async function signInWithForm(page, { username, password }) {
  await page.locator('#login_username').fill(username);
  await page.locator('#login_password').fill(password);
  await page.locator('#login_password').press('Enter');
}

/**
 * Opens a sidebar section unless it is open already (the current page's section opens by itself, and a click
 * on its title would close it again).
 */
export async function openSidebarSection(page, sectionName) {
  const menu = page.getByRole('menu').first();
  const section = menu.locator('.ant-menu-submenu').filter({ hasText: sectionName }).first();
  if (!(await section.getAttribute('class')).includes('ant-menu-submenu-open')) {
    await section.locator('.ant-menu-submenu-title').click();
  }
  await section.locator('.ant-menu-sub .ant-menu-item').first().waitFor();
  return section;
}

/** The sidebar's pages under a section (the section opened first). */
export async function sidebarPages(page, sectionName) {
  const section = await openSidebarSection(page, sectionName);
  return (await section.locator('.ant-menu-sub .ant-menu-item').allInnerTexts()).map((text) => text.trim());
}

export const popconfirmOk = (page) => page.locator('.ant-popconfirm:visible .ant-btn-primary');

const OPEN_POPUPS = [
  '.ant-select-dropdown:visible',
  '.ant-picker-dropdown:visible',
  '.ant-popover:visible',
  '.ant-tooltip:visible',
].join(', ');

/**
 * Closes a drawer or dialog with Esc, as a keyboard user would. antd gives Esc to the topmost popup only, and a
 * dropdown, confirmation or tooltip that is still fading out counts as one, so this first moves the pointer
 * off any tooltip and waits for every popup to be gone; otherwise the key would be spent closing that.
 */
export async function closeWithEscape(page, target, what) {
  await page.mouse.move(0, 0);
  await expectGone(page.locator(OPEN_POPUPS), `the popups open over ${what}`);
  await page.keyboard.press('Escape');
  await expectGone(target, `${what} after Esc`);
}
