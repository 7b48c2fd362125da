import type { Translation } from '../translation';

export const members: Translation['members'] = {
  backToList: 'Back to members',
  memberships: { members: 'Members', others: 'Not members' },
  list: {
    title: 'Members',
    subtitle:
      'Customers and members, newest first. Phones and addresses are shown or masked according to your access.',
    search: 'Name, pinyin, customer number or phone',
    anyMembership: 'Members or not',
    anySource: 'Any source',
    territory: 'Territory',
    anyTerritory: 'Any territory',
    levelsLink: 'Member levels',
    empty: 'No customers yet',
    emptyFiltered: 'No customers match',
  },
  fields: {
    name: 'Name',
    number: 'Customer no.',
    city: 'City',
    level: 'Member level',
    tags: 'Tags',
  },
  levels: {
    title: 'Member levels',
    subtitle:
      'Levels follow the spend on completed orders over the last 12 months; the rebate is a share of the amount paid, credited once the return window has passed.',
    backToMembers: 'Back to members',
    create: 'New level',
    edit: 'Edit',
    editTitle: 'Edit member level: {{name}}',
    nameZh: 'Chinese name',
    nameEn: 'English name',
    nameRequired: 'Enter a name',
    threshold: 'From spend of',
    thresholdHint: 'Members whose completed-order spend over 12 months reaches this amount get the level.',
    rebate: 'Rebate',
    rebateInvalid: 'Enter a percentage from 0 to 99.99, with at most two decimals',
    empty: 'No member levels yet',
    recompute: 'Re-evaluate levels',
    recomputeConfirm: 'Re-evaluate every member’s level under the current rules?',
    recomputed: '{{members}} members evaluated, {{changed}} changed level',
  },
};
