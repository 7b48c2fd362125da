// Finding things in Ant Design's markup.
import { expectVisible } from './expect.mjs';

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
