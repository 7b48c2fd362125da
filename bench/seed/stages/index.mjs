// The registry of seed stages, run in this order. Each stage is { name, describe(sizes), run(ctx) }; a stage
// may read what earlier ones left in ctx.state (the org tree, SKU ids and prices, customers…).
// Departments not here yet (support; sales)
// add a module beside these and one line below, with their size in sizes.mjs.
import { catalogStage } from './catalog.mjs';
import { customersStage } from './customers.mjs';
import { employeesStage } from './employees.mjs';
import { ordersStage } from './orders.mjs';
import { orgTreeStage } from './org-tree.mjs';
import { statementStage } from './statement.mjs';

export const stages = [
  orgTreeStage,
  catalogStage,
  customersStage,
  ordersStage,
  employeesStage,
  statementStage,
];
