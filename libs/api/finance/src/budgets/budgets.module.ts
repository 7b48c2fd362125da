import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@zhanggui/api-identity';
import { Budget } from './budget.entity';
import { BudgetFiguresService } from './budget-figures.service';
import { BudgetsController } from './budgets.controller';
import { BudgetsService } from './budgets.service';
import { UnitExpenseFiguresService } from './unit-expense-figures.service';

/** Budgets and the 费比 check; expense claims ask it before approval. */
@Module({
  imports: [IdentityModule, TypeOrmModule.forFeature([Budget])],
  controllers: [BudgetsController],
  providers: [BudgetsService, BudgetFiguresService, UnitExpenseFiguresService],
  exports: [BudgetsService, UnitExpenseFiguresService],
})
export class BudgetsModule {}
